"""One search field for everything: participants, equipment, workshops.

Matching is done in SQL on folded text (see domain/text.py), so it is case- and
accent-insensitive in every script; a typed or scanned badge code finds its participant first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from makerspace_app.domain.codes import looks_like_badge_code, normalise_code
from makerspace_app.domain.text import escape_like, fold
from makerspace_app.persistence.models import Equipment, Participant, Workshop
from makerspace_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "participant", "equipment" or "workshop"
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
    hits.extend(SearchHit("equipment", r.id, r.name, r.asset_tag) for r in session.execute(items))

    workshops = (
        select(Workshop.id, Workshop.title)
        .where(*[Workshop.search_text.like(t, escape="\\") for t in terms])
        .order_by(Workshop.title)
        .limit(limit)
    )
    hits.extend(SearchHit("workshop", r.id, r.title, "") for r in session.execute(workshops))
    return hits[:limit]
