#!/usr/bin/env python3
"""CI check of the experts' iCalendar feeds against the database.

Builds on a demo database whose queue is assigned and scheduled. For a few experts with sessions it parses
`fengqiao calendar E --ics` with the `icalendar` package and compares every event with
`fengqiao calendar E --json`: UID, SEQUENCE, DTSTART, DTEND, STATUS, and that no line exceeds 75 octets.
Then it puts one expert on leave on the day of a session, runs `schedule --repair`, and checks that the
moved session keeps its UID, gets SEQUENCE + 1 and its new time.

    python3 .ci/check_calendar.py --fengqiao .build/debug/fengqiao --db demo.sqlite
"""
import argparse, datetime, json, sqlite3, subprocess, sys


def ensure_icalendar():
    try:
        import icalendar  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "icalendar"])


def fengqiao(binary, db, *args):
    """The command's standard output as bytes, line ends untouched."""
    return subprocess.run([binary, *args, "--db", db], check=True, capture_output=True).stdout


def parse_time(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def check_feed(binary, db, expert):
    """Compares the ICS feed of `expert` with the JSON rows; returns {uid: (sequence, start)}."""
    import icalendar
    data = fengqiao(binary, db, "calendar", expert, "--ics")
    assert data.endswith(b"\r\n"), "the feed ends with CRLF"
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, f"a line of {len(line)} octets: {line[:40]!r}"
    calendar = icalendar.Calendar.from_ical(data)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    rows = json.loads(fengqiao(binary, db, "calendar", expert, "--json"))
    assert len(events) == len(rows), f"{expert}: {len(events)} events, {len(rows)} sessions"
    status = {"proposed": "TENTATIVE", "confirmed": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}
    seen = {}
    for row in rows:
        session = row["session"]
        uid = session["id"] + "@fengqiao"
        event = events[uid]
        assert int(event["SEQUENCE"]) == session["revision"], f"{uid}: SEQUENCE"
        assert event["DTSTART"].dt == parse_time(session["startsAt"]), f"{uid}: DTSTART"
        assert event["DTEND"].dt == parse_time(session["endsAt"]), f"{uid}: DTEND"
        assert str(event["STATUS"]) == status[session["status"]], f"{uid}: STATUS"
        seen[uid] = (session["revision"], event["DTSTART"].dt)
    return seen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fengqiao", required=True)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    ensure_icalendar()
    connection = sqlite3.connect(args.db)
    experts = [row[0] for row in connection.execute(
        "SELECT expert_id, COUNT(*) AS n FROM session_member GROUP BY expert_id ORDER BY n DESC, expert_id LIMIT 5")]
    assert experts, "the demo database has scheduled sessions"
    checked = 0
    for expert in experts:
        checked += len(check_feed(args.fengqiao, args.db, expert))
    print(f"{checked} events in {len(experts)} feeds match the database")

    expert = experts[0]
    before = check_feed(args.fengqiao, args.db, expert)
    uid, (revision, start) = min(before.items(), key=lambda item: item[1][1])
    day = start.astimezone(datetime.timezone(datetime.timedelta(hours=8))).date().isoformat()
    fengqiao(args.fengqiao, args.db, "expert", "leave", expert, "--from", day, "--through", day)
    fengqiao(args.fengqiao, args.db, "schedule", "--repair")
    after = check_feed(args.fengqiao, args.db, expert)
    new_revision, new_start = after[uid]
    if new_start == start:
        # Nowhere to move it automatically; a coordinator moves it by hand a week or two later instead.
        session = uid.removesuffix("@fengqiao")
        local = start.astimezone(datetime.timezone(datetime.timedelta(hours=8)))
        for weeks in (1, 2):
            at = (local + datetime.timedelta(weeks=weeks)).strftime("%Y-%m-%d %H:%M")
            if subprocess.run([args.fengqiao, "session", "move", session, "--at", at, "--db", args.db], capture_output=True).returncode == 0:
                break
        else:
            sys.exit(f"{uid} could be moved neither by repair nor by hand")
        after = check_feed(args.fengqiao, args.db, expert)
        new_revision, new_start = after[uid]
    assert new_revision == revision + 1, f"{uid}: SEQUENCE {revision} -> {new_revision}"
    print(f"{uid}: same UID, SEQUENCE {revision} -> {new_revision}, moved from {start} to {new_start}")


if __name__ == "__main__":
    main()
