"""What every SQL-backed store answers from its summary (event count, time span, lanes),
kept once for the DuckDB and the Ibis stores."""

from __future__ import annotations


class SummarisedStore:
    count: int = 0
    max_segments: int = 2

    def _take_summary(self, summary: dict) -> None:
        self.count = int(summary["events"])
        self._span = summary.get("span")
        self.max_segments = int(summary.get("max_segments", 2))
        self._lanes = {"segment": [tuple(x) for x in summary["segment_lanes"]],
                       "status": [tuple(x) for x in summary["status_lanes"]],
                       "single": [("all", "All events")] if self.count else []}

    def __len__(self) -> int:
        return self.count

    def span(self) -> tuple[float, float] | None:
        return None if not self._span else (float(self._span[0]), float(self._span[1]))

    def lanes(self, mode: str) -> list[tuple[str, str]]:
        return list(self._lanes[mode])
