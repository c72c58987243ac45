"""sqlparse: generated SQL statements formatted (reindent, upper-case keywords) and parsed."""
import random
import zlib

import sqlparse

rng = random.Random(3)
TABLES = ["users", "orders", "items", "payments", "events"]
COLS = ["id", "name", "total", "created_at", "status", "user_id", "amount", "kind"]


def stmt():
    t, u = rng.sample(TABLES, 2)
    cols = ", ".join(rng.sample(COLS, rng.randint(2, 5)))
    k = rng.random()
    if k < 0.5:
        return (f"select {cols}, count(*) as n from {t} join {u} on {t}.id = {u}.{rng.choice(COLS)} "
                f"where {t}.{rng.choice(COLS)} > {rng.randint(0, 999)} and {u}.status in ('a', 'b', 'c') "
                f"group by {cols} having count(*) > {rng.randint(1, 9)} order by n desc limit {rng.randint(1, 100)}")
    if k < 0.75:
        vals = ", ".join(f"({rng.randint(0, 9999)}, 'v{rng.randint(0, 99)}', {rng.random():.4f})" for _ in range(5))
        return f"insert into {t} (id, name, total) values {vals}"
    return (f"update {t} set {rng.choice(COLS)} = {rng.choice(COLS)} + {rng.randint(1, 9)}, "
            f"status = case when total > {rng.randint(0, 99)} then 'big' else 'small' end "
            f"where id in (select user_id from {u} where amount < {rng.randint(0, 500)})")


sql = ";\n".join(stmt() for _ in range(300)) + ";"
out = sqlparse.format(sql, reindent=True, keyword_case="upper", identifier_case="lower")
parsed = sqlparse.parse(sql)
tokens = sum(1 for s in parsed for _ in s.flatten())
print(len(parsed), tokens, len(out), zlib.crc32(out.encode()))
