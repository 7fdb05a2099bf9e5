"""One search field for everything: participants, equipment, workshops and projects.

Matching is done in SQL on folded text (see domain/text.py), so it is case- and
accent-insensitive in every script; a typed or scanned badge code finds its participant first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from makerspace_app.domain.codes import looks_like_badge_code, normalise_code
from makerspace_app.domain.text import escape_like, fold
from makerspace_app.persistence.models import Equipment, Participant, Project, Workshop
from makerspace_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "participant", "equipment", "workshop" or "project"
    id: int
    title: str
    subtitle: str


def participant_display_name(given: str, family: str, preferred: str) -> str:
    """Preferred name first, then the name as written."""
    full = " ".join(part for part in (given, family) if part)
    if preferred and preferred != given:
        return f"{preferred} ({full})" if full else preferred
    return full


def _like_terms(text: str) -> list[str]:
    return [f"%{escape_like(word)}%" for word in fold(text).split() if word]


def global_search(uow: UnitOfWork, text: str, limit: int = 20) -> list[SearchHit]:
    text = text.strip()
    if not text:
        return []
    hits: list[SearchHit] = []
    session = uow.session

    if looks_like_badge_code(text):
        row = session.execute(
            select(Participant.id, Participant.given_name, Participant.family_name,
                   Participant.preferred_name, Participant.badge_code)
            .where(Participant.badge_code == normalise_code(text), Participant.erased_at.is_(None))
        ).first()
        if row is not None:
            hits.append(SearchHit("participant", row.id,
                                  participant_display_name(row.given_name, row.family_name, row.preferred_name),
                                  row.badge_code))

    terms = _like_terms(text)
    if not terms:
        return hits

    # The participants list's own search: the matches through the search index when they are
    # few, in list order when they are many (see services/participants.py).
    from makerspace_app.services import participants as registry

    matching = list(session.scalars(registry.ids_statement(text, registry.FEW_MATCHES + 1)))
    if len(matching) <= registry.FEW_MATCHES:
        people = registry.page_of_ids_statement(matching, limit)
    else:
        people = registry.page_statement(text, limit, 0, True)
    seen = {h.id for h in hits}
    for row in session.execute(people) if matching else ():
        if row.id not in seen:
            hits.append(SearchHit("participant", row.id,
                                  participant_display_name(row.given_name, row.family_name, row.preferred_name),
                                  row.badge_code))

    folded_name = func.lower(Equipment.name)
    items = (
        select(Equipment.id, Equipment.name, Equipment.asset_tag)
        .where(*[or_(folded_name.like(t, escape="\\"),
                     func.lower(Equipment.asset_tag).like(t, escape="\\")) for t in terms])
        .order_by(Equipment.name)
        .limit(limit)
    )
    found_items = [SearchHit("equipment", r.id, r.name, r.asset_tag)
                   for r in session.execute(items)]

    workshops = (
        select(Workshop.id, Workshop.title)
        .where(*[Workshop.search_text.like(t, escape="\\") for t in terms])
        .order_by(Workshop.title)
        .limit(limit)
    )
    found_workshops = [SearchHit("workshop", r.id, r.title, "") for r in session.execute(workshops)]

    # Projects by their title (search_text holds the folded title and description, as for
    # workshops); the subtitle is the workshop the project came from, if any.
    projects = (
        select(Project.id, Project.title, Workshop.title.label("workshop"))
        .outerjoin(Workshop, Workshop.id == Project.workshop_id)
        .where(*[Project.search_text.like(t, escape="\\") for t in terms])
        .order_by(Project.title, Project.id)
        .limit(limit)
    )
    found_projects = [SearchHit("project", r.id, r.title, r.workshop or "")
                      for r in session.execute(projects)]
    return _share([hits, found_items, found_workshops, found_projects], limit)


def _share(groups: list[list[SearchHit]], limit: int) -> list[SearchHit]:
    """At most ``limit`` hits, kind after kind, each kind with matches getting its turn: the
    places are dealt one per kind in rounds, so twenty people called Anna do not hide the
    "Anna's lamp" project."""
    taken = [0] * len(groups)
    left = max(0, limit)
    while left:
        dealt = False
        for n, group in enumerate(groups):
            if left and taken[n] < len(group):
                taken[n] += 1
                left -= 1
                dealt = True
        if not dealt:
            break
    return [hit for n, group in enumerate(groups) for hit in group[:taken[n]]]
