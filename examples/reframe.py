"""Look at a harsh thought again, then keep a thought record of it.

Run it with:  python examples/reframe.py
"""

from __future__ import annotations

import smallsteps as ss


def main() -> None:
    for thought in ("I'll never feel better", "no one cares about me", "I'm such a failure"):
        result = ss.reframe(thought)
        # With crisis language, str(result) is the safety notice's message, and nothing else:
        # a front end checks result.crisis first and shows result.notice in full.
        print(result)
        print()

    record = ss.ThoughtRecord(
        situation="Sent a message, no reply yet", moods={"sad": 80}, thought="Nobody likes me"
    )
    record = (
        record.with_evidence(
            supporting=["No reply since this morning"], against=["She asked me round last week"]
        )
        .with_balanced_thought("She is often busy on Mondays", belief=60)
        .rerate({"sad": 55})
    )
    print(f'First thought: "{record.thought}"')
    print(f'Balanced thought: "{record.balanced_thought}" (believed {record.belief}%)')
    print(f"Mood change: {record.mood_shift}")


if __name__ == "__main__":
    main()
