"""chardet: encoding detection of generated text in several encodings."""
import random

import chardet

rng = random.Random(29)
SAMPLES = {
    "utf-8": "Grüße aus Köln — naïve café, 東京の天気は晴れ。 ",
    "latin-1": "Le cœur déçu mais l'âme plutôt naïve, Louÿs rêva d'crapaüter en canoë. ",
    "cp1251": "Съешь же ещё этих мягких французских булок, да выпей чаю. ",
    "shift_jis": "いろはにほへと ちりぬるを わかよたれそ つねならむ ",
    "euc-kr": "다람쥐 헌 쳇바퀴에 타고파 키스의 고유조건은 ",
    "gb2312": "我能吞下玻璃而不伤身体。天地玄黄宇宙洪荒。 ",
    "iso-8859-7": "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. ",
}
results = []
for enc, text in SAMPLES.items():
    words = text.split()
    for _ in range(100):
        data = " ".join(rng.choice(words) for _ in range(rng.randint(20, 80))).encode(enc, errors="ignore")
        r = chardet.detect(data)
        results.append((enc, r["encoding"], round(r["confidence"], 3)))
print(len(results), results[::50])
