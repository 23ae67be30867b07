#!/usr/bin/env python3
"""Side-by-side: `fengqiao solve` against scipy's linear_sum_assignment and OR-tools' SimpleMinCostFlow.

Generates seeded dense assignment instances in the text format of `fengqiao solve`, solves each with the
three solvers in one run, checks that they agree on the optimum, and prints solve times and ratios.

    python3 Benchmarks/peers/assignment_compare.py --fengqiao .build/release/fengqiao [--quick]

scipy gets the columns replicated by capacity (its solver has no capacities); OR-tools gets the same
network fengqiao builds: source → rows → columns (capacity) → sink. Times are for solving only; reading
and building the instance are reported apart.
"""
import argparse, json, os, random, subprocess, sys, tempfile, time

INSTANCES = [  # rows, columns, capacity, seed
    (1000, 300, 5, 1),
    (5000, 1000, 5, 2),   # capacity binds: 5,000 seats for 5,000 rows
    (5000, 1500, 5, 3),
    (2000, 2000, 1, 4),   # square
]
QUICK = [(300, 100, 5, 1), (500, 100, 5, 2), (400, 400, 1, 3)]


def ensure_packages():
    try:
        import numpy, scipy, ortools  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "numpy", "scipy", "ortools"])


def generate(rows, columns, capacity, seed, directory):
    import numpy as np
    path = os.path.join(directory, f"assign_{rows}x{columns}_c{capacity}_s{seed}.txt")
    values = np.random.default_rng(seed).integers(0, 1001, size=(rows, columns), dtype=np.int64)
    if not os.path.exists(path):
        r, c = np.meshgrid(np.arange(1, rows + 1), np.arange(1, columns + 1), indexing="ij")
        triples = np.stack([r.ravel(), c.ravel(), values.ravel()], axis=1)
        with open(path, "w") as f:
            f.write(f"{rows} {columns}\n")
            f.write(" ".join([str(capacity)] * columns) + "\n")
            np.savetxt(f, triples, fmt="%d")
    return path, values


def run_fengqiao(binary, path):
    started = time.perf_counter()
    out = subprocess.run([binary, "solve", path, "--json"], check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    report["wall"] = time.perf_counter() - started
    return report


def run_scipy(values, capacity):
    import numpy as np
    from scipy.optimize import linear_sum_assignment
    matrix = np.repeat(values, capacity, axis=1)
    started = time.perf_counter()
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    seconds = time.perf_counter() - started
    return int(matrix[rows, cols].sum()), len(rows), seconds


def run_ortools(values, capacity):
    import numpy as np
    from ortools.graph.python import min_cost_flow
    rows, columns = values.shape
    flow = min_cost_flow.SimpleMinCostFlow()
    source, sink = rows + columns, rows + columns + 1
    built = time.perf_counter()
    r, c = np.meshgrid(np.arange(rows), np.arange(columns), indexing="ij")
    tails = np.concatenate([np.full(rows, source), r.ravel(), rows + np.arange(columns)])
    heads = np.concatenate([np.arange(rows), rows + c.ravel(), np.full(columns, sink)])
    caps = np.concatenate([np.ones(rows), np.ones(rows * columns), np.full(columns, capacity)]).astype(np.int64)
    costs = np.concatenate([np.zeros(rows), -values.ravel(), np.zeros(columns)]).astype(np.int64)
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    assigned = min(rows, columns * capacity)
    flow.set_node_supply(source, assigned)
    flow.set_node_supply(sink, -assigned)
    build = time.perf_counter() - built
    started = time.perf_counter()
    status = flow.solve()
    seconds = time.perf_counter() - started
    if status != flow.OPTIMAL:
        raise SystemExit(f"OR-tools did not solve the instance: status {status}")
    return -flow.optimal_cost(), assigned, seconds, build


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fengqiao", required=True, help="path of the release fengqiao binary")
    parser.add_argument("--quick", action="store_true", help="small instances only (a smoke test)")
    parser.add_argument("--directory", default=os.path.join(tempfile.gettempdir(), "fengqiao-assignment"))
    args = parser.parse_args()
    ensure_packages()
    os.makedirs(args.directory, exist_ok=True)
    print(f"{'instance':<22}{'fengqiao s':>12}{'scipy s':>10}{'OR-tools s':>12}{'÷ scipy':>9}{'÷ OR-tools':>12}  objective")
    disagreements = 0
    for rows, columns, capacity, seed in (QUICK if args.quick else INSTANCES):
        path, values = generate(rows, columns, capacity, seed, args.directory)
        ours = run_fengqiao(args.fengqiao, path)
        scipy_objective, scipy_assigned, scipy_seconds = run_scipy(values, capacity)
        ortools_objective, ortools_assigned, ortools_seconds, _ = run_ortools(values, capacity)
        agree = ours["objective"] == scipy_objective == ortools_objective and ours["assigned"] == scipy_assigned == ortools_assigned
        disagreements += not agree
        name = f"{rows}x{columns} c{capacity}"
        print(f"{name:<22}{ours['solveSeconds']:>12.3f}{scipy_seconds:>10.3f}{ortools_seconds:>12.3f}"
              f"{ours['solveSeconds'] / scipy_seconds:>9.2f}{ours['solveSeconds'] / ortools_seconds:>12.3f}  "
              f"{ours['objective']}{'' if agree else f'  DISAGREE: scipy {scipy_objective}, OR-tools {ortools_objective}'}"
              f"   (fengqiao read {ours['readSeconds']:.2f} s, build {ours['buildSeconds']:.2f} s)")
    if disagreements:
        raise SystemExit(f"{disagreements} instance(s) where the solvers disagree")


if __name__ == "__main__":
    main()
