"""jinja2: a template with loops, conditionals, filters and a macro rendered for generated
data, repeatedly (the template is compiled once). MarkupSafe runs without its C speed-ups."""
import random
import zlib

import jinja2

TEMPLATE = """
{%- macro cell(v) -%}<td class="{{ 'neg' if v < 0 else 'pos' }}">{{ '%.2f' | format(v) }}</td>{%- endmacro -%}
<h1>{{ title | title }}</h1>
<table>
{%- for row in rows %}
<tr id="r{{ loop.index }}"{% if loop.first %} class="first"{% endif %}>
<td>{{ row.name | e }}</td>{% for v in row.vals %}{{ cell(v) }}{% endfor %}
<td>{{ row.tags | join(", ") | upper }}</td><td>{{ row.vals | sum | round(2) }}</td>
</tr>
{%- endfor %}
</table>
<p>{{ rows | length }} rows, {{ rows | selectattr("flag") | list | length }} flagged</p>
"""
rng = random.Random(41)
rows = [{"name": f"<item {i} & co>", "vals": [rng.uniform(-100, 100) for _ in range(8)],
         "tags": rng.sample(["red", "green", "blue", "x", "y"], 2), "flag": rng.random() < 0.3}
        for i in range(400)]
env = jinja2.Environment(autoescape=True)
t = env.from_string(TEMPLATE)
crc = 0
for _ in range(60):
    html = t.render(title="benchmark report", rows=rows)
    crc = zlib.crc32(html.encode(), crc)
print(len(html), crc)
