"""`lagebild export FILE --view deck`: the saved views of FILE.views.json as a PowerPoint or PDF deck."""

from __future__ import annotations

import sys


def export_deck_main(args, document) -> int:
    from ..story import sidecar

    stories, findings = sidecar.read(args.file)
    for finding in findings:
        print(finding.format(), file=sys.stderr)
    where = sidecar.sidecar_path(args.file)
    story = stories.story(args.story)
    if story is None:
        if args.story is not None and stories.stories:
            known = ", ".join(repr(s.name) for s in stories.stories)
            print(f"lagebild export: {where}: no story named {args.story!r} (stories: {known})", file=sys.stderr)
        elif not where.exists():
            print(f"lagebild export: {args.file} has no saved views: {where} does not exist; capture views in "
                  f"the storyboard (View > Panes > Storyboard) or write the file (Help > Event File Format)",
                  file=sys.stderr)
        else:
            print(f"lagebild export: {where}: no story to export", file=sys.stderr)
        return 1
    if not story.views:
        print(f"lagebild export: {where}: the story {story.name!r} has no views", file=sys.stderr)
        return 1

    from .gui import make_application

    make_application([])
    from ..export.deck import DeckOptions, build_deck, export_deck
    from ..output.atomic import OutputError
    from ..story.restore import resolve

    for view in story.views:
        for note in resolve(view, document).notes:
            print(f"lagebild export: {where}: view {view.name!r}: note: {note}", file=sys.stderr)
    options = DeckOptions(aspect=args.aspect, dpi=args.dpi or DeckOptions.dpi,
                          caveat=(args.caveat or "").strip() or None)
    try:
        deck = build_deck(document, story, options)
        written = export_deck(deck, document, args.out)
    except (OutputError, OSError) as exc:
        print(f"lagebild export: {exc}", file=sys.stderr)
        return 1
    print(written)
    return 0
