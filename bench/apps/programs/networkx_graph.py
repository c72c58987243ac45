"""networkx: shortest paths, centrality, components and spanning trees of a seeded random
graph (pure-Python algorithms only)."""
import networkx as nx

g = nx.gnm_random_graph(600, 2400, seed=31)
for i, (u, v) in enumerate(g.edges()):
    g[u][v]["weight"] = 1 + (u * 7 + v * 13) % 17
bc = nx.betweenness_centrality(g, k=400, seed=7, weight="weight")
top = sorted(bc, key=lambda n: (-bc[n], n))[:5]
d = nx.single_source_dijkstra_path_length(g, 0, weight="weight")
mst = nx.minimum_spanning_tree(g, weight="weight")
cc = nx.number_connected_components(g)
clus = nx.average_clustering(g)
cores = max(nx.core_number(g).values())
print(top, sum(d.values()), mst.size(weight="weight"), cc, round(clus, 6), cores)
