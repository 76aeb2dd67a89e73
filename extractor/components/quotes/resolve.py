"""Speakers resolved across the release, once every quote is found: a person's
pronoun to the last named speaker or to a person brought in since (the subject of
the last sentence naming one), or to the first speaker named later in a news lede;
"they" / "it" to an organisation named before; "Mr Baker" to the fullest "Nick
Baker"; a bare title to the person who holds it; an acronym to its name written
out. "The force" speaks as written."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterator, NamedTuple

from spacy.tokens import Doc

from ..claims.prefilter import guarded
from .indirect import _SENT_SPLIT
from .marks import Segment
from .models import Found
from .speakers import _CAP, Speaker, _alternation

#: a comma, then two capitalised words: what every ``role_name`` match holds; ``re`` scans for the comma fast
_COMMA_FULL_NAME = re.compile(rf",[ \t]+{_CAP}[ \t]+{_CAP}")


class Mention(NamedTuple):
    """A person named in the body outside quotation marks, at offset ``at``."""

    at: int
    speaker: Speaker
    titled: bool


class SpeakerResolution:
    """Who each quote's speaker is, mixed into the component: ``_compile`` sets
    ``parser``, ``continuing``, ``titled_name``, ``name_role``, ``name_app``, ``role_name``,
    ``acronym_small_words`` and ``org_run``."""

    def _resolve(self, doc: Doc, found: list[Found], text: str, *,
                 body: int = 0, paras: list[tuple[int, int]] | None = None,
                 segs: list[Segment] | None = None, later: list[Found] | None = None) -> None:
        """Pronouns, short names and bare titles to the fullest known speaker;
        ``later``: the body's quotes after a headline's, for a title-holder the
        headline leaves unnamed."""
        quoted = [(s.open_at, s.after) for s in segs or []]
        people, mentions = self._people(doc, found, text, body=body, quoted=quoted)
        last: Speaker | None = None
        last_at = body
        # "he" / "she" point to a person: the last speaker that is no organisation
        person: Speaker | None = None
        person_at = body
        for i, f in enumerate(found):
            sp = f.attr.speaker
            if f.attr.group:
                # "They also say ...": the organisation named since the last
                # speaker, else the body or organisation quoted before
                sp = (self._last_org(text, last_at, f.first_mark, quoted)
                      or (last if last is not None and last.is_org else Speaker()))
            elif sp.pronoun:
                use_person = sp.person and last is not None and last.is_org
                prev, prev_at = (person, person_at) if use_person else (last, last_at)
                sp = (self._antecedent(text, f, mentions, paras or [], prev, prev_at, people) or prev
                      or self._cataphor(found[i + 1:], people) or Speaker())
            elif sp.is_org:
                # "the force said" stays "the force" (as written; the tune gold's
                # reading); an acronym is written out ("ONS")
                if sp.name and sp.name.isupper():
                    sp = sp.with_(name=_expansion(text, sp.name, self.acronym_small_words, self.org_run) or sp.name)
            elif sp.unnamed:
                # "the county's Chief Constable": the holder if the release names
                # one; in the lede, the first person named as a speaker after it
                # ("..., a local police chief has revealed." then "Area Commander
                # Jo Bloggs said ..."); else the title-holder as written
                holder = _holder(sp.role, people, self.rank_grades) if sp.role else None
                lede = (self._lede_holder(sp, found[i + 1:] + (later or []), people)
                        if paras and f.start < paras[0][1] else None)
                sp = holder.with_(org=sp.org or holder.org) if holder else lede or sp
            elif sp.name:
                sp = self._fullest(sp, people)
                if sp.bare:     # "Officers said ...": a name only if the release gives it in full
                    sp = Speaker()
            elif sp.role:
                holder = _holder(sp.role, people, self.rank_grades)
                if holder:
                    sp = holder.with_(org=sp.org or holder.org)
            f.speaker = sp
            if sp.name:
                last, last_at = sp, max(f.reach, f.first_mark)
                if not sp.is_org:
                    person, person_at = last, last_at

    def _antecedent(self, text: str, f: Found, mentions: list[Mention], paras: list[tuple[int, int]],
                    last: Speaker | None, last_at: int, people: dict[str, Speaker]) -> Speaker | None:
        """Who "he said" points to when a person is brought in after the last
        speaker ("John Campion, Police and Crime Commissioner, was speaking
        after ..." then "He said: ..."): the subject (first person mentioned) of
        the last sentence before the quote that mentions one. Gender is not
        checked. "He added" / "she continued" keep the last speaker; a person
        with no title replaces no earlier speaker."""
        if last is not None and (f.attr.cue or "") in self.continuing:
            return None
        lo, hi = last_at, f.first_mark
        i = bisect_left([m.at for m in mentions], hi) - 1
        if i < 0 or mentions[i].at < lo:
            return None
        pa = next((a for a, b in paras if a <= mentions[i].at < b), lo)
        sent = pa
        for m in _SENT_SPLIT.finditer(text, pa, mentions[i].at):
            sent = m.end()
        sent = max(sent, lo)
        j = i
        while j > 0 and mentions[j - 1].at >= sent:
            j -= 1
        subject = mentions[j]
        if not subject.titled and (last is not None or subject.at != sent):
            return None
        return self._fullest(subject.speaker, people)

    def _last_org(self, text: str, lo: int, hi: int, quoted: list[tuple[int, int]]) -> Speaker | None:
        """The last organisation named between ``lo`` and ``hi`` outside quotation
        marks ("However the Scottish Government response ... It also said ...")."""
        found = None
        for m in self.org_run.finditer(text, lo, hi):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            sp = self.parser.parse(m.group(0))
            if sp is not None and sp.is_org and sp.name:
                found = sp
        return found

    def _cataphor(self, later: list[Found], people: dict[str, Speaker]) -> Speaker | None:
        """A news lede quotes someone before naming them ("welcomed by a police
        chief – however, she said ..." then "Superintendent Kate Stephen said:"):
        a person's pronoun with no speaker before it is the first person named
        as a speaker after it."""
        for f in later:
            sp = f.attr.speaker
            if sp.names_person:
                return self._fullest(sp, people)
        return None

    def _lede_holder(self, sp: Speaker, later: list[Found], people: dict[str, Speaker]) -> Speaker | None:
        """Who a title-holder the lede leaves unnamed is ("..., a local police
        chief has revealed." then "Chief Inspector Jo Bloggs said ..."): the
        first later named speaker whose title shares a word with the lede's,
        else the first later named speaker; the lede's words stay the role."""
        words = set((sp.role or "").lower().split())
        named = [self._fullest(g.attr.speaker, people) for g in later if g.attr.speaker.names_person]
        if not named:
            return None
        best = next((n for n in named if words & set((n.role or "").lower().split())), named[0])
        return best.with_(role=sp.role)

    def _people(self, doc: Doc, found: list[Found], text: str, *, body: int = 0,
                quoted: list[tuple[int, int]] | None = None) -> tuple[dict[str, Speaker], list[Mention]]:
        """Named people of the release by surname, each at its fullest mention;
        and the mentions of people in the body outside quotation marks, in text
        order (titled: with a title, an honorific or a role after a comma)."""
        people: dict[str, Speaker] = {}
        cands: list[Speaker] = []
        mentions: list[Mention] = []
        quoted = quoted or []

        def mention(at: int, sp: Speaker, titled: bool) -> None:
            if at >= body and not any(a <= at < b for a, b in quoted):
                mentions.append(Mention(at, sp, titled))

        for f in found:
            if f.attr.speaker.names_person:
                cands.append(f.attr.speaker)
        for m in _titled(self.titled_name, text, self.parser.office_re):
            sp = self.parser.parse(m.group(0))
            if sp and sp.name and not sp.is_org:
                cands.append(sp)
                mention(m.start(), sp, True)
        for m in self.name_role.finditer(text):
            sp = self.parser.parse(m.group(0))
            full = sp is not None and sp.name is not None and (
                " " in sp.name or bool(self.parser.honorific_re.match(m.group(0))))   # "Mr Brown, the ..."
            if sp and sp.name and sp.role and not sp.is_org and full:
                cands.append(sp)
                mention(m.start(), sp, True)
        for m in self.name_app.finditer(text):
            sp = self.parser.parse(m.group(0))
            if sp and sp.name and sp.role and not sp.is_org and " " in sp.name:
                cands.append(sp)
                mention(m.start(), sp, True)
        for m in _role_names(self.role_name, text):
            sp = self.parser.parse(m.group(0))
            if sp and sp.name and sp.role and not sp.is_org and " " in sp.name:
                cands.append(sp)
                mention(m.start(), sp, True)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                sp = self.parser.parse(text[ent.start_char:ent.end_char])
                if sp and sp.name and not sp.is_org and " " in sp.name:
                    cands.append(sp)
                    mention(ent.start_char, sp, bool(sp.role))
        for sp in cands:
            key = sp.name.split()[-1]
            old = people.get(key)
            if old is None:
                people[key] = sp
                continue
            longer = sp if len(sp.name) > len(old.name) else old
            other = old if longer is sp else sp
            people[key] = longer.with_(role=longer.role or other.role, org=longer.org or other.org)
        mentions.sort(key=lambda m: m.at)     # stable: a titled reading first
        return people, mentions

    @staticmethod
    def _fullest(sp: Speaker, people: dict[str, Speaker]) -> Speaker:
        known = people.get(sp.name.split()[-1])
        if known is None or " " not in known.name:     # no one has it as a surname in full
            known = _by_first_name(sp.name, people) or known
        if known is None:
            return sp
        first, kfirst = sp.name.split()[0], known.name.split()[0]
        if " " in sp.name and first != kfirst:
            return sp   # another person with the same surname
        return sp.with_(name=known.name if len(known.name) > len(sp.name) else sp.name,
                        role=sp.role or known.role, org=sp.org or known.org, bare=False)


def _by_first_name(name: str, people: dict[str, Speaker]) -> Speaker | None:
    """A first name alone ("Sir Colin also said", "Nadia said") names the one
    person named in full with that first name, when no one is named in full
    with it as a surname (the caller looks that up first) and no other person
    shares it."""
    if " " in name:
        return None
    same = {p.name: p for p in people.values() if " " in p.name and p.name.split()[0] == name}
    return next(iter(same.values())) if len(same) == 1 else None


def _titled(rx: re.Pattern[str], text: str, office: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """Titled names (a title or honorific before, office letters after: "Jo
    Bloggs MP"): a run of capitals with no title ("Sussex Police Inspector
    Zahid") must not swallow the titled name inside it, so an untitled match
    is retried one character on."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        words = m.group("name").split()
        if m.group("role") or m.group("hon") or (office is not None and len(words) > 2 and office.fullmatch(words[-1])):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


def _role_names(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``role_name``'s matches ("the home secretary, Jo Bloggs"): each holds a comma and a
    full name after it, so a text with no such pair is not scanned (few releases have one)."""
    if _COMMA_FULL_NAME.search(text) is None:
        return iter(())
    return rx.finditer(text)


def _holder(role: str, people: dict[str, Speaker], grades: frozenset[str] = frozenset()) -> Speaker | None:
    """Who holds a bare title: the same title, or one ending in it ("the
    Commissioner" for the Police and Crime Commissioner) when one person does;
    else the one person known by the title's last words ("the Police and Crime
    Commissioner" for "Commissioner Jo Bloggs"), unless the words before them
    hold a grade (``grades``: "the Chief Constable" is not "Constable Jo Bloggs")."""
    same = [p for p in people.values() if p.role == role]
    if same:
        return same[0]
    want = " " + role.lower()
    longer = [p for p in people.values() if p.role and (" " + p.role.lower()).endswith(want)]
    if longer:
        return longer[0] if len({p.name for p in longer}) == 1 else None
    # "the Police and Crime Commissioner" when the one person known by a
    # title is known by its last word only ("Commissioner")
    shorter = [p for p in people.values() if p.role and want.endswith(" " + p.role.lower())
               and not grades.intersection(want[:-len(p.role) - 1].split())]
    return shorter[0] if len({p.name for p in shorter}) == 1 else None


def org_run(small: frozenset[str]) -> re.Pattern[str]:
    """A run of capitalised words, ``small`` words (``acronym_small_words``)
    allowed between them: an organisation's name as written ("Office for
    National Statistics", "Police and Crime Commissioner")."""
    joiners = _alternation(small) or "(?!)"
    return guarded(re.compile(rf"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+(?:(?:{joiners})\s+)*[A-Z][\w'’-]*)+"))


def _expansion(text: str, acronym: str, small: frozenset[str], run: re.Pattern[str]) -> str | None:
    """An acronym's name written out in the release ("ONS" -> "Office for
    National Statistics"): the first capitalised ``run`` whose initials spell it;
    ``small`` (lower case) are the words that give no initial."""
    for m in run.finditer(text):
        words = m.group(0).split()
        caps = [i for i, w in enumerate(words) if w.lower() not in small]
        for k in range(len(caps) - len(acronym) + 1):
            run = caps[k:k + len(acronym)]
            if "".join(words[i][0] for i in run) == acronym:
                return " ".join(words[run[0]:run[-1] + 1])
    return None
