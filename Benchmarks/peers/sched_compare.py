#!/usr/bin/env python3
"""Side-by-side: `fengqiao schedule` against an OR-tools CP-SAT model on the shared scheduling instances.

Generates instances of the `fengqiao-sched-1` family (SCHED-FORMAT.md in the bench directory) with
`sched_instance.py`, schedules each one with our binary and with the CP-SAT model below, checks both
schedules with the independent `sched_validate.py`, and prints placed, unscheduled, objective,
violations and seconds for each, then which schedule is better.

    python3 Benchmarks/peers/sched_compare.py --fengqiao .build/release/fengqiao \\
        [--bench-dir ../shared/bench] [--seconds 4] [--cpsat-seconds 60] [--quick] [--instances 300:1,500:1]

By default: 300 and 500 sessions, seeds 1-5. `--quick`: 60 sessions, seeds 1-2, CP-SAT limited to 10 s.
The bench directory defaults to ../shared/bench next to the repository. Instances are cached in
<tmp>/fengqiao-sched and reused. Seconds are wall clock: for fengqiao the whole process, for CP-SAT
building the model plus solving it. Ours meets the goal on an instance when it leaves no more sessions
unscheduled than CP-SAT, reaches no higher objective, and takes at most 5 s.
Exits 1 if the validator finds a violation in either solver's schedule.
"""
import argparse, json, os, re, subprocess, sys, tempfile, time

DEFAULT_INSTANCES = [(n, seed) for n in (300, 500) for seed in range(1, 6)]
QUICK_INSTANCES = [(60, 1), (60, 2)]
GOAL_SECONDS = 5.0
ONLINE_KIND = "online"


def ensure_packages():
    try:
        import ortools  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "ortools"])


def parse_instances(text):
    """'300:1,500:2' -> [(300, 1), (500, 2)]."""
    pairs = []
    for item in text.split(","):
        sessions, seed = item.split(":")
        pairs.append((int(sessions), int(seed)))
    return pairs


def generate(bench_dir, sessions, seed, cache_dir):
    path = os.path.join(cache_dir, f"sched_{sessions}_s{seed}.json")
    if not os.path.exists(path):
        # Write beside the final name and rename, so an interrupted run never leaves a truncated cache entry.
        partial = path + ".partial"
        with open(partial, "w") as f:
            subprocess.run([sys.executable, os.path.join(bench_dir, "sched_instance.py"), str(sessions), str(seed)],
                           stdout=f, check=True)
        os.replace(partial, path)
    return path


def validate(bench_dir, instance_path, solution_path):
    """Runs the independent validator; returns its figures and the violation lines it printed."""
    run = subprocess.run([sys.executable, os.path.join(bench_dir, "sched_validate.py"), instance_path, solution_path],
                         capture_output=True, text=True)
    found = re.search(r"placed=(\d+) unscheduled=(\d+) violations=(\d+) objective=(\d+)", run.stdout)
    if not found:
        raise SystemExit(f"validator failed on {solution_path}:\n{run.stdout}{run.stderr}")
    placed, unscheduled, violations, objective = map(int, found.groups())
    notes = [line for line in run.stdout.splitlines() if line.startswith("violation:")]
    return {"placed": placed, "unscheduled": unscheduled, "violations": violations, "objective": objective,
            "notes": notes}


def run_fengqiao(binary, instance_path, seconds, solution_path):
    started = time.perf_counter()
    run = subprocess.run([binary, "schedule", "--instance", instance_path, "--seconds", str(seconds)],
                         capture_output=True, text=True)
    wall = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"fengqiao schedule failed (exit {run.returncode}):\n{run.stderr}")
    json.loads(run.stdout)  # fail here, with the parser's message, rather than inside the validator
    with open(solution_path, "w") as f:
        f.write(run.stdout)
    return wall


# --- CP-SAT model ------------------------------------------------------------------------------------

def availability_masks(inst):
    """Person id -> int whose bit t is set when the person is available at grain t."""
    masks = {}
    for person in inst["people"]:
        mask = 0
        for a, b in person["available"]:
            mask |= ((1 << (b - a)) - 1) << a
        masks[person["id"]] = mask
    return masks


def allowed_starts(session, masks, grains_per_day, horizon):
    """Starts at which every person is free for the whole session and the session stays within one day."""
    free = (1 << horizon) - 1
    for pid in session["people"]:
        free &= masks[pid]
    duration = session["duration"]
    whole = free
    for k in range(1, duration):
        whole &= free >> k  # bit s survives only if grains s .. s+k are all free (and inside the horizon)
    return [s for s in range(horizon - duration + 1) if whole >> s & 1 and s % grains_per_day + duration <= grains_per_day]


def reach_mask(starts, duration, gap):
    """Grains covered by [s, s + duration + gap) for some allowed start s: two sessions can come within the
    travel gap of each other exactly when their reach masks intersect."""
    covered = 0
    for s in starts:
        covered |= ((1 << (duration + gap)) - 1) << s
    return covered


def add_session(model, session, starts, venues, grains_per_day, gap):
    """Variables of one placeable session: presence, start, one literal per allowed venue, one per possible
    day, one per physical zone, and the start as it counts in the objective (0 when absent)."""
    from ortools.sat.python import cp_model
    sid, duration = session["id"], session["duration"]
    present = model.NewBoolVar(f"{sid}_present")
    start = model.NewIntVarFromDomain(cp_model.Domain.FromValues(starts), f"{sid}_start")
    venue = {vid: model.NewBoolVar(f"{sid}_at_{vid}") for vid in session["venues"]}
    model.Add(sum(venue.values()) == present)
    day = {}
    for d in sorted({s // grains_per_day for s in starts}):
        day[d] = model.NewBoolVar(f"{sid}_day{d}")
        model.Add(start >= d * grains_per_day).OnlyEnforceIf(day[d])
        model.Add(start < (d + 1) * grains_per_day).OnlyEnforceIf(day[d])
    model.Add(sum(day.values()) == present)
    zone, online = {}, []
    for vid, literal in venue.items():
        if venues[vid]["kind"] == ONLINE_KIND:
            online.append(literal)
        else:
            zone.setdefault(venues[vid]["zone"], []).append(literal)
    for z, literals in zone.items():
        zone[z] = model.NewBoolVar(f"{sid}_zone{z}")
        model.Add(zone[z] == sum(literals))
    counted = model.NewIntVar(0, starts[-1], f"{sid}_counted_start")
    model.Add(counted == start).OnlyEnforceIf(present)
    model.Add(counted == 0).OnlyEnforceIf(present.Not())
    return {"session": session, "present": present, "start": start, "venue": venue, "day": day, "zone": zone,
            "online": online, "counted": counted,
            "interval": model.NewOptionalFixedSizeIntervalVar(start, duration, present, f"{sid}_iv"),
            "reach": reach_mask(starts, duration, gap)}


def add_travel(model, a, b, gap):
    """If a and b are at physical venues in different zones, `gap` grains must separate them."""
    far = model.NewBoolVar(f"{a['session']['id']}_{b['session']['id']}_far")
    for za, in_za in a["zone"].items():
        for zb, in_zb in b["zone"].items():
            if za != zb:
                model.AddBoolOr([in_za.Not(), in_zb.Not(), far])
    a_first = model.NewBoolVar(f"{a['session']['id']}_{b['session']['id']}_order")
    model.Add(a["start"] + a["session"]["duration"] + gap <= b["start"]).OnlyEnforceIf([far, a_first])
    model.Add(b["start"] + b["session"]["duration"] + gap <= a["start"]).OnlyEnforceIf([far, a_first.Not()])


def can_be_far(a, b):
    return any(za != zb for za in a["zone"] for zb in b["zone"])


def build_model(inst):
    from ortools.sat.python import cp_model
    G, rules = inst["grains_per_day"], inst["rules"]
    horizon, gap = inst["days"] * G, rules["travel_grains_between_zones"]
    venues = {v["id"]: v for v in inst["venues"]}
    masks = availability_masks(inst)
    model = cp_model.CpModel()

    # Sessions with no feasible start or venue are left out of the model: unscheduled in every schedule.
    placeable = {}
    for session in inst["sessions"]:
        starts = allowed_starts(session, masks, G, horizon)
        if starts and session["venues"]:
            placeable[session["id"]] = add_session(model, session, starts, venues, G, gap)

    by_person, by_venue = {}, {}
    for var in placeable.values():
        for pid in var["session"]["people"]:
            by_person.setdefault(pid, []).append(var)
        for vid, literal in var["venue"].items():
            if venues[vid]["kind"] != ONLINE_KIND:
                by_venue.setdefault(vid, []).append(
                    model.NewOptionalFixedSizeIntervalVar(var["start"], var["session"]["duration"], literal, f"{vid}_iv"))

    for intervals in by_venue.values():
        model.AddNoOverlap(intervals)

    # People: never in two sessions at once; the zone-change gap is added only for pairs whose windows can come
    # within the gap of each other (pairs sharing several people get it once).
    travelled = set()
    for items in by_person.values():
        model.AddNoOverlap([var["interval"] for var in items])
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                key = (a["session"]["id"], b["session"]["id"])
                if key not in travelled and a["reach"] & b["reach"] and can_be_far(a, b):
                    travelled.add(key)
                    add_travel(model, a, b, gap)

    staff = {p["id"] for p in inst["people"] if p["staff"]}
    cap = rules["staff_daily_cap_grains"]
    for pid, items in by_person.items():
        if pid not in staff:
            continue
        for d in range(inst["days"]):
            terms = [(var["session"]["duration"], var["day"][d]) for var in items if d in var["day"]]
            if sum(duration for duration, _ in terms) > cap:
                model.Add(sum(duration * literal for duration, literal in terms) <= cap)

    for case in inst["cases"]:
        for earlier, later in zip(case["sessions"], case["sessions"][1:]):
            if later not in placeable:
                continue
            if earlier not in placeable:
                model.Add(placeable[later]["present"] == 0)
                continue
            a, b = placeable[earlier], placeable[later]
            model.AddImplication(b["present"], a["present"])
            if rules["follow_up_on_later_day"]:
                day_a = sum(d * literal for d, literal in a["day"].items())
                day_b = sum(d * literal for d, literal in b["day"].items())
                model.Add(day_b >= day_a + 1).OnlyEnforceIf(b["present"])

    w = inst["objective"]
    never = len(inst["sessions"]) - len(placeable)
    model.Minimize(w["unscheduled"] * never
                   + sum(w["unscheduled"] * (1 - var["present"]) + w["start_grain"] * var["counted"]
                         + w["online"] * sum(var["online"]) for var in placeable.values()))
    return model, placeable


def run_cpsat(instance_path, seconds, solution_path):
    """Builds and solves the model; returns wall seconds, the status name and the objective bound."""
    from ortools.sat.python import cp_model
    started = time.perf_counter()
    with open(instance_path) as f:
        inst = json.load(f)
    model, placeable = build_model(inst)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = os.cpu_count() or 1
    solver.parameters.log_search_progress = False
    status = solver.Solve(model)
    wall = time.perf_counter() - started
    placed = []
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for sid, var in placeable.items():
            if solver.BooleanValue(var["present"]):
                venue = next(vid for vid, literal in var["venue"].items() if solver.BooleanValue(literal))
                placed.append({"id": sid, "start": solver.Value(var["start"]), "venue": venue})
    with open(solution_path, "w") as f:
        json.dump({"sessions": placed}, f)
    return wall, solver.StatusName(status), solver.BestObjectiveBound()


# --- report ------------------------------------------------------------------------------------------

HEADER = f"{'instance':<12}{'solver':<10}{'placed':>8}{'unsched':>9}{'objective':>12}{'violations':>12}{'seconds':>9}"


def print_row(name, solver, result):
    print(f"{name:<12}{solver:<10}{result['placed']:>8}{result['unscheduled']:>9}{result['objective']:>12}"
          f"{result['violations']:>12}{result['seconds']:>9.2f}")
    for note in result["notes"]:
        print(f"{'':<12}  {note}")


def summary(ours, theirs, status, bound):
    rank = lambda r: (r["unscheduled"], r["objective"])
    better = "fengqiao" if rank(ours) < rank(theirs) else "cp-sat" if rank(theirs) < rank(ours) else "tie"
    goal = (ours["unscheduled"] <= theirs["unscheduled"] and ours["objective"] <= theirs["objective"]
            and ours["seconds"] <= GOAL_SECONDS)
    return (f"{'':<12}better: {better}; goal {'met' if goal else 'NOT met'}"
            f" (cp-sat {status}, bound {bound:.0f})")


def main():
    repository = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description="fengqiao schedule against CP-SAT on fengqiao-sched-1 instances")
    parser.add_argument("--fengqiao", required=True, help="path of the release fengqiao binary")
    parser.add_argument("--bench-dir", default=os.path.normpath(os.path.join(repository, "..", "shared", "bench")),
                        help="directory of sched_instance.py and sched_validate.py")
    parser.add_argument("--seconds", type=float, default=4, help="search time passed to fengqiao (the goal counts the whole process, so leave room under 5 s)")
    parser.add_argument("--cpsat-seconds", type=float, help="CP-SAT time limit (default 60, 10 with --quick)")
    parser.add_argument("--quick", action="store_true", help="60 sessions, seeds 1-2 (a smoke test)")
    parser.add_argument("--instances", type=parse_instances, help="SESSIONS:SEED,... (overrides the default list)")
    args = parser.parse_args()
    instances = args.instances or (QUICK_INSTANCES if args.quick else DEFAULT_INSTANCES)
    cpsat_seconds = args.cpsat_seconds or (10 if args.quick else 60)
    ensure_packages()
    cache = os.path.join(tempfile.gettempdir(), "fengqiao-sched")
    os.makedirs(cache, exist_ok=True)

    print(HEADER)
    violated = False
    for sessions, seed in instances:
        name = f"{sessions} s{seed}"
        instance_path = generate(args.bench_dir, sessions, seed, cache)
        ours_path = os.path.join(cache, f"sol_{sessions}_s{seed}_fengqiao.json")
        theirs_path = os.path.join(cache, f"sol_{sessions}_s{seed}_cpsat.json")
        ours_seconds = run_fengqiao(args.fengqiao, instance_path, args.seconds, ours_path)
        ours = dict(validate(args.bench_dir, instance_path, ours_path), seconds=ours_seconds)
        print_row(name, "fengqiao", ours)
        theirs_seconds, status, bound = run_cpsat(instance_path, cpsat_seconds, theirs_path)
        theirs = dict(validate(args.bench_dir, instance_path, theirs_path), seconds=theirs_seconds)
        print_row(name, "cp-sat", theirs)
        print(summary(ours, theirs, status, bound), flush=True)
        violated |= ours["violations"] > 0 or theirs["violations"] > 0
    if violated:
        sys.exit(1)


if __name__ == "__main__":
    main()
