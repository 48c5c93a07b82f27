package id.peristiwa.event;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Dictionaries;
import id.peristiwa.entity.Mention;
import id.peristiwa.entity.Place;
import id.peristiwa.event.EventMarkers.Group;
import id.peristiwa.lang.LanguagePackFile;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Codes political events in an analyzed Indonesian article: who did what to whom, by the conventions of
 * {@code design/EVENTS.md}. The knowledge is data (the verb-pattern dictionary, the CAMEO table, the markers);
 * this class reads each sentence's clauses: it finds event words through their affixes, keeps one per clause,
 * fills source and target by voice (active, passive, nominal with or without a light verb), takes the speaker as
 * source of what reported speech states, and reads polarity and modality. Built once; safe to share across
 * threads.
 *
 * <pre>{@code
 * EventCoder coder = EventCoder.indonesian();
 * List<Event> events = coder.code(Pipeline.indonesian().analyze(article));
 * }</pre>
 */
public final class EventCoder {

    private static final double BASE_CONFIDENCE = 0.9;
    private static final int MUTUAL_REACH = 2;
    /** How many acts back a reaction that names no target looks for the act it answers. */
    private static final int DISCOURSE_REACH = 3;
    private static final int VERBAL_CONFLICT = PloverType.REQUEST.quadClass();
    private static final int MATERIAL_CONFLICT = PloverType.ASSAULT.quadClass();
    private static final int MODIFIER_REACH = 2;
    private static final int AGENT_REACH = 4;
    private static final int ANAPHOR_REACH = 4;
    /**
     * Types whose target may be the place the act is aimed at: "serangan drone ke Odesa" targets Ukraine, a
     * protest "di depan Gedung DPR" the parliament.
     */
    private static final Set<PloverType> AIMED = EnumSet.of(PloverType.MOBILIZE, PloverType.ASSAULT,
            PloverType.AID, PloverType.RETREAT, PloverType.PROTEST);

    private final VerbDictionary dictionary;
    private final CameoTable cameo;
    private final EventMarkers markers;
    private final TriggerSelection selection;
    private final ActorScan scan;
    private final SpeechReading speech;
    private final ModalityReader modality;
    private final Function<String, String> placeCountry;

    private EventCoder(VerbDictionary dictionary, CameoTable cameo, EventMarkers markers, Set<String> months,
            Function<String, String> placeCountry) {
        this.dictionary = dictionary;
        this.placeCountry = placeCountry;
        this.cameo = cameo;
        this.markers = markers;
        this.selection = new TriggerSelection(dictionary, markers);
        this.scan = new ActorScan(markers);
        this.speech = new SpeechReading(markers, scan);
        this.modality = new ModalityReader(markers, months);
    }

    /** The coder with the Indonesian pack's dictionary, CAMEO table and markers, and its gazetteer's places. */
    public static EventCoder indonesian() {
        return indonesian(Dictionaries.indonesian());
    }

    /**
     * The coder with the Indonesian pack's dictionary, CAMEO table and markers; {@code dictionaries} locates the
     * places an act is aimed at ("serangan ke Odesa" targets Ukraine).
     */
    public static EventCoder indonesian(Dictionaries dictionaries) {
        Objects.requireNonNull(dictionaries, "dictionaries");
        Set<String> months = new HashSet<>();
        for (String line : LanguagePackFile.entries("months.txt")) {
            String[] f = line.split("\\s+");
            if (f.length > 1 && f[0].chars().allMatch(Character::isDigit)) {
                for (int i = 1; i < f.length; i++) {
                    months.add(f[i].toLowerCase(Locale.ROOT));
                }
            }
        }
        return new EventCoder(VerbDictionary.indonesian(), CameoTable.standard(), EventMarkers.indonesian(), months,
                name -> dictionaries.place(name).map(Place::country).orElse(null));
    }

    /** The events the article states, in text order; never throws on odd text. */
    public List<Event> code(AnalyzedArticle analyzed) {
        return code(analyzed, List.of());
    }

    /**
     * The events the article states, in text order, with speakers from {@code quotes} where a quote holds an
     * event word and the sentence itself names no speaker: the hook through which quote attribution gives the
     * source of what a speaker says.
     *
     * @param quotes the article's quotes (may be empty)
     */
    public List<Event> code(AnalyzedArticle analyzed, List<Quote> quotes) {
        Objects.requireNonNull(analyzed, "analyzed");
        Objects.requireNonNull(quotes, "quotes");
        LocalDate published = analyzed.article().published() == null ? null
                : analyzed.article().published().date();
        ArticleState state = new ArticleState(published, quotes);
        List<Mention> mentions = analyzed.mentions();
        int cursor = 0;
        for (Sentence sentence : analyzed.sentences()) {
            while (cursor < mentions.size() && mentions.get(cursor).start() < sentence.span().start()) {
                cursor++;
            }
            SentenceView view = new SentenceView(sentence, mentions, cursor, placeCountry,
                    m -> markers.isParties(m.text()) ? conflictParties(List.of(), state.events) : List.of());
            if (state.lead == null) {
                ActorScan.Found first = scan.firstGroup(view, 0, view.size(), false);
                state.lead = first.isEmpty() || view.isMedia(view.mentionAt(first.from())) ? List.of()
                        : first.actors();
            }
            codeSentence(view, state);
        }
        return List.copyOf(state.events);
    }

    /** What the coder carries from sentence to sentence: the events so far, the last speaker. */
    private static final class ArticleState {
        final LocalDate published;
        final QuotedStatements quotes;
        final List<Event> events = new ArrayList<>();
        List<Actor> lastSpeaker = List.of();
        /** The actors the article's first sentence opens with, news outlets aside: who its lead is about. */
        List<Actor> lead;

        ArticleState(LocalDate published, List<Quote> quotes) {
            this.published = published;
            this.quotes = new QuotedStatements(quotes);
        }

        Event last() {
            return events.isEmpty() ? null : events.getLast();
        }
    }

    /** Where an event word's clause lies and who speaks in it. */
    /**
     * @param sharedFrom where the object of the next event word starts when this one is joined to it by a
     *                   conjunction with nothing between ("mengucapkan selamat dan berjanji ... bagi Phnom Penh":
     *                   both acts aim at Phnom Penh), else -1
     */
    private record Clause(int start, int end, boolean subordinate, boolean unknownSpeaker, List<Actor> speaker,
            Span cue, String relay, int sharedFrom) {
        boolean reported() {
            return !speaker.isEmpty();
        }
    }

    private void codeSentence(SentenceView v, ArticleState state) {
        List<Trigger> triggers = selection.select(v);
        if (triggers.isEmpty()) {
            return;
        }
        boolean[] eventTokens = new boolean[v.size()];
        for (Trigger t : triggers) {
            for (int i = t.from(); i < t.to(); i++) {
                eventTokens[i] = true;
            }
        }
        SpeechReading.Reading reading = speech.read(v, eventTokens, state.lastSpeaker);
        List<Event> sentenceEvents = new ArrayList<>();
        for (int n = 0; n < triggers.size(); n++) {
            Trigger t = triggers.get(n);
            if (!t.kept()) {
                continue;
            }
            Clause clause = clause(v, triggers, n, reading, state);
            code(v, t, clause, sentenceEvents, state);
        }
        if (reading.cue() >= 0 && !reading.cueSpeaker().isEmpty()) {
            state.lastSpeaker = reading.cueSpeaker();
        } else if (!reading.openings().isEmpty() && !reading.openings().getLast().speaker().isEmpty()) {
            state.lastSpeaker = reading.openings().getLast().speaker();
        }
    }

    private Clause clause(SentenceView v, List<Trigger> triggers, int n, SpeechReading.Reading reading,
            ArticleState state) {
        Trigger t = triggers.get(n);
        int anchor = anchor(t);
        SpeechReading.Opening opening = reading.openingFor(anchor);
        int start = opening == null ? 0 : opening.statement();
        if (n > 0) {
            start = Math.max(start, triggers.get(n - 1).to());
        }
        boolean subordinate = false;
        for (int k = anchor - 1; k >= start; k--) {
            String w = v.word(k);
            if (markers.is(Group.SUBORDINATOR, w)) {
                subordinate = true;
                start = k + 1;
                break;
            }
            if (markers.is(Group.BOUNDARY, w) || w.equals("bahwa")) {
                start = k + 1;
                break;
            }
        }
        int end = v.size();
        int sharedFrom = -1;
        for (int m = n + 1; m < triggers.size(); m++) {
            if (triggers.get(m).kept()) {
                end = anchor(triggers.get(m));
                sharedFrom = joined(v, t.to(), end) ? triggers.get(m).to() : -1;
                break;
            }
        }
        for (int k = t.to(); k < end; k++) {
            String w = v.word(k);
            boolean subordinator = markers.is(Group.SUBORDINATOR, w) && !markers.is(Group.COMPLEMENT, w);
            if (k == reading.cue() || markers.is(Group.BOUNDARY, w) || subordinator
                    || markers.is(Group.RELATIVE, w) || markers.is(Group.SPEECH, w)) {
                end = k;
                break;
            }
        }
        List<Actor> speaker = List.of();
        Span cue = null;
        if (opening != null && !opening.speaker().isEmpty()) {
            speaker = opening.speaker();
            cue = v.span(opening.verb(), opening.verb() + 1);
        } else if (reading.cue() >= 0 && anchor < reading.cue() && !reading.cueSpeaker().isEmpty()) {
            speaker = reading.cueSpeaker();
            cue = SpeechReading.cueSpan(v, reading.cue());
        }
        String relay = reading.relay();
        if (speaker.isEmpty()) {
            int at = v.sentence().tokens().get(t.from()).start();
            Quote q = state.quotes.holding(at);
            if (q != null) {
                speaker = List.of(q.speaker());
                cue = q.cue();
                relay = relay == null ? q.relay() : relay;
            }
        }
        boolean unknownSpeaker = speaker.isEmpty() && (opening != null || reading.cue() >= 0 && anchor < reading.cue());
        return new Clause(start, end, subordinate, unknownSpeaker, speaker, cue, relay, sharedFrom);
    }

    /**
     * The agent of a passive relative clause right after the clause's object, who authored the object: "menolak
     * gugatan yang diajukan kubu Anies" answers the Anies camp; empty when the clause goes on otherwise.
     */
    private List<Actor> relativeAgent(SentenceView v, Clause clause) {
        int k = clause.end();
        if (k + 2 >= v.size() || !markers.is(Group.RELATIVE, v.word(k)) || !v.word(k + 1).startsWith("di")) {
            return List.of();
        }
        int from = k + 2;
        if (markers.is(Group.AGENT, v.word(from))) {
            from++;
        }
        return scan.firstGroup(v, from, from + AGENT_REACH, false).actors();
    }

    /** The end of the clause that runs from {@code from}: the next boundary word, or the sentence's end. */
    private int sentenceEnd(SentenceView v, int from) {
        for (int k = from; k < v.size(); k++) {
            if (markers.is(Group.BOUNDARY, v.word(k)) || markers.is(Group.SUBORDINATOR, v.word(k))) {
                return k;
            }
        }
        return v.size();
    }

    /** Whether only a conjunction (with modal words) stands in {@code [from, to)}, and one does. */
    private boolean joined(SentenceView v, int from, int to) {
        boolean conjunction = false;
        for (int k = from; k < to; k++) {
            String w = v.word(k);
            if (markers.is(Group.COORDINATOR, w)) {
                conjunction = true;
            } else if (!markers.is(Group.MODAL, w) && !markers.is(Group.INTENTION, w)) {
                return false;
            }
        }
        return conjunction;
    }

    private static int anchor(Trigger t) {
        return t.light >= 0 ? t.light : t.from();
    }

    /** Source and target found for one event word, before fallbacks. */
    private record Roles(List<Actor> source, List<Actor> target, boolean person) {
        static final Roles NONE = new Roles(null, List.of(), false);
    }

    private void code(SentenceView v, Trigger t, Clause clause, List<Event> sentenceEvents, ArticleState state) {
        VerbPattern p = t.pattern();
        PatternOptions o = p.options();
        boolean shared = t.voice() == Voice.ACTIVE && !sentenceEvents.isEmpty()
                && elided(v, clause.start(), anchor(t));
        Roles roles = roles(v, t, clause, p, shared);
        if (roles.source() == null) {
            return;
        }
        List<Actor> source = roles.source();
        List<Actor> target = roles.target();
        if (o.reported() || o.obligation()) {
            if (!clause.reported()) {
                return;
            }
            target = source;
            source = clause.speaker();
        }
        double confidence = BASE_CONFIDENCE;
        if (source.isEmpty() && shared) {
            source = sentenceEvents.getLast().source();
            confidence -= 0.15;
        } else if (source.isEmpty()) {
            source = fallbackSource(v, t, clause, sentenceEvents, state);
            confidence -= 0.15;
            if (source.isEmpty() || o.person()) {
                return;
            }
        } else if (o.person() && !roles.person()) {
            return;
        }
        boolean mutual = mutual(v, anchor(t)) && source.size() > 1 && target.isEmpty();
        if (o.jointAs() != null && countries(source).size() > 1) {
            p = dictionary.byId(o.jointAs());
        }
        boolean named = !withoutOwnCountry(without(target, source), source).isEmpty();
        if ((p.options().joint() || mutual) && !named && source.size() > 1) {
            target = source.subList(1, source.size());
            source = source.subList(0, 1);
        }
        if (o.targetAs() != null && !target.isEmpty()) {
            p = dictionary.byId(o.targetAs());
        }
        List<Actor> object = referredActor(v, t, source, state, true);
        if (!object.isEmpty() && !p.options().noTarget()) {
            target = object;
        }
        target = withoutOwnCountry(without(target, source), source);
        if (target.isEmpty() && !p.options().noTarget()) {
            target = referredActor(v, t, source, state, false);
        }
        if (target.isEmpty() && !p.options().noTarget()) {
            target = withoutOwnCountry(without(relativeAgent(v, clause), source), source);
        }
        if (target.isEmpty() && !p.options().noTarget() && clause.sharedFrom() >= 0) {
            target = withoutOwnCountry(without(scan.firstGroup(v, clause.sharedFrom(), sentenceEnd(v,
                    clause.sharedFrom()), false).actors(), source), source);
        }
        if (target.isEmpty() && !p.options().noTarget() && namesParties(v, t)) {
            target = conflictParties(source, state.events);
        }
        if (target.isEmpty() && !p.options().noTarget() && markers.reaction(p.type())) {
            target = discourseTarget(source, state.events);
            if (target.isEmpty() && referredBack(v, t)) {
                // "BEM UI menyambut keputusan tersebut" where no act was told: the decision is the lead's.
                target = withoutOwnCountry(without(state.lead, source), source);
            }
            if (!target.isEmpty()) {
                confidence -= 0.1;
            }
        }
        emit(v, t, p, clause, source, target, confidence, sentenceEvents, state);
        if (mutual) {
            emit(v, t, p, clause, target, source, confidence, sentenceEvents, state);
        }
    }

    /** @param shared whether an active event word takes the subject of the sentence's act before it */
    private Roles roles(SentenceView v, Trigger t, Clause clause, VerbPattern p, boolean shared) {
        PatternOptions o = p.options();
        boolean places = (o.visit() || AIMED.contains(p.type())) && (!o.noTarget() || o.targetAs() != null);
        switch (t.voice()) {
            case ACTIVE -> {
                // "..., tetapi tetap menuntut ...": the subject is the earlier act's, not the name just before.
                ActorScan.Found subject = shared ? ActorScan.Found.NONE : subject(v, clause, t.from());
                return new Roles(subject.actors(), scan.firstGroup(v, t.to(), clause.end(), places).actors(),
                        subject.person());
            }
            case PASSIVE -> {
                ActorScan.Found subject = subject(v, clause, t.from());
                ActorScan.Found after = scan.firstGroup(v, t.to(), clause.end(), places && o.theme());
                return o.theme() ? new Roles(subject.actors(), after.actors(), subject.person())
                        : new Roles(after.actors(), subject.actors(), after.person());
            }
            default -> {
                Roles roles = nominalRoles(v, t, clause, places);
                if (roles.source() == null && p.options().joint()) {
                    // "Perbatasan kedua negara pernah menjadi lokasi bentrokan": a mutual act named with no actor
                    // after it is between the pair its clause names before it.
                    ActorScan.Found before = scan.actorsIn(v, clause.start(), t.from(), false);
                    List<Actor> pair = before.actors();
                    if (pair.size() > 1) {
                        return new Roles(pair.subList(0, 1), pair.subList(1, pair.size()), before.person());
                    }
                }
                return roles;
            }
        }
    }

    /**
     * The subject before token {@code end}; in reported speech, a word for the speaker's own side ("pihaknya",
     * "konvoinya", "kami") with no actor named stands for the speaker.
     */
    private ActorScan.Found subject(SentenceView v, Clause clause, int end) {
        ActorScan.Found subject = purposeSubject(v, clause, end);
        if (subject.isEmpty() && clause.reported() && markers.anyIn(Group.SELF, v, clause.start(), end)) {
            return new ActorScan.Found(clause.speaker(), false, clause.start(), end);
        }
        return subject;
    }

    /**
     * The subject before token {@code end}: after a purpose word ("meninggalkan Bangladesh untuk melanjutkan
     * kunjungan ke Afghanistan") the one who acts for that purpose, the clause's first actors, not the object of
     * the verb before it.
     */
    private ActorScan.Found purposeSubject(SentenceView v, Clause clause, int end) {
        int k = markerBefore(Group.PURPOSE, v, clause.start(), end);
        if (k >= 0) {
            ActorScan.Found first = scan.firstGroup(v, clause.start(), k, false);
            if (!first.isEmpty()) {
                return first;
            }
        }
        return scan.subject(v, clause.start(), end);
    }

    private Roles nominalRoles(SentenceView v, Trigger t, Clause clause, boolean places) {
        if (t.light >= 0) {
            ActorScan.Found subject = purposeSubject(v, clause, t.light);
            ActorScan.Found after = scan.firstGroup(v, t.to(), clause.end(), places && !t.inverseLight);
            return t.inverseLight ? new Roles(after.actors(), subject.actors(), after.person())
                    : new Roles(subject.actors(), after.actors(), subject.person());
        }
        if (markers.anyIn(Group.COPULA, v, 0, v.size())
                || t.to() < v.size() && markers.is(Group.BACK_REFERENCE, v.word(t.to()))) {
            return Roles.NONE;
        }
        int k = t.to();
        for (int steps = 0; k < clause.end() && steps < MODIFIER_REACH && v.mentionAt(k) < 0
                && markers.is(Group.MODIFIER, v.word(k)); steps++) {
            k++;
        }
        ActorScan.Found source = ActorScan.Found.NONE;
        if (k < clause.end() && v.startsMention(k) && !scan.locative(v, k)) {
            source = scan.firstGroup(v, k, clause.end(), false);
        } else if (k < clause.end() && markers.is(Group.AGENT, v.word(k))) {
            source = scan.firstGroup(v, k + 1, Math.min(clause.end(), k + AGENT_REACH), false);
        }
        if (source.isEmpty()) {
            return Roles.NONE;
        }
        List<Actor> target = List.of();
        for (int j = source.to(); j < clause.end(); j++) {
            if (markers.is(Group.TARGET, v.word(j))) {
                target = scan.firstGroup(v, j + 1, clause.end(), places).actors();
                break;
            }
        }
        return new Roles(source.actors(), target, source.person());
    }

    /**
     * A clause without a named subject: the speaker of reported speech, the subject of the sentence's previous
     * event (two acts joined by "dan"), or, after a referring word ("kementerian itu", "ia"), the source of the
     * article's previous event.
     */
    private List<Actor> fallbackSource(SentenceView v, Trigger t, Clause clause, List<Event> sentenceEvents,
            ArticleState state) {
        if (clause.subordinate() && clause.start() > 0 && markers.is(Group.COMPLEMENT, v.word(clause.start() - 1))
                && !sentenceEvents.isEmpty() && sentenceEvents.getLast().type() == PloverType.REQUEST) {
            // "mendesak Beijing agar membebaskan Liu": who is urged is who would act.
            return sentenceEvents.getLast().target();
        }
        if (clause.reported()) {
            return clause.speaker();
        }
        int anchor = anchor(t);
        if (!sentenceEvents.isEmpty() && bare(v, clause.start(), anchor)) {
            return sentenceEvents.getLast().source();
        }
        int segment = anchor;
        while (segment > clause.start() && !v.isComma(segment - 1)) {
            segment--;
        }
        if (!clause.subordinate() && !clause.unknownSpeaker() && state.last() != null
                && anchor - segment <= ANAPHOR_REACH
                && markers.anyIn(Group.ANAPHOR, v, segment, anchor)) {
            return state.last().source();
        }
        return List.of();
    }

    /**
     * Whether the event word follows a conjunction, with nothing but modal words between, after words of its
     * clause ("menyambut keputusan Presiden Prabowo, tetapi tetap menuntut ..."): its subject is left out, the
     * one of the act before, not the name that ends that act's object.
     */
    private boolean elided(SentenceView v, int from, int anchor) {
        int k = markerBefore(Group.COORDINATOR, v, from, anchor);
        return k >= 0 && v.mentionAt(k) < 0;
    }

    /**
     * The index of the word of {@code group} that stands before token {@code end} with only modal, negation and
     * intention words between, after at least one word of the region from {@code from}; -1 when there is none.
     */
    private int markerBefore(Group group, SentenceView v, int from, int end) {
        for (int k = end - 1; k > from; k--) {
            String w = v.word(k);
            if (markers.is(group, w)) {
                return k;
            }
            if (!markers.is(Group.MODAL, w) && !markers.is(Group.NEGATION, w) && !markers.is(Group.INTENTION, w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a subject region names nothing: only conjunctions, modal words and referring words, as in the
     * second act of "menolak tuntutan itu dan menyalahkan Barat". A region with words of its own names someone the
     * dictionaries do not know, who must not be taken for the previous subject.
     */
    private boolean bare(SentenceView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = v.word(i);
            if (!(v.isComma(i) || markers.is(Group.COORDINATOR, w) || markers.is(Group.MODAL, w)
                    || markers.is(Group.NEGATION, w) || markers.is(Group.INTENTION, w)
                    || markers.is(Group.BACK_REFERENCE, w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * How an act referred back to is looked for: the latest of the same root, the first of the same type, and, for
     * an agreement or talks named back ("kesepakatan tersebut" after a ceasefire), the article's lead act with
     * both its sides.
     */
    private enum Referral { SAME_ROOT, SAME_TYPE, LEAD }

    /**
     * The actor behind an act the clause refers back to ("mengecam peluncuran itu"): the source of the latest
     * event of the same dictionary root, else of the article's first event of the same type (the lead act that
     * later reactions name, rather than a side act told in between), or its target where that source is on the
     * speaker's own side ("Iran menyebut serangan itu sebagai balasan": Iran's attack on Israel); empty when the
     * clause refers back to none.
     *
     * @param object only an act named right after the event word, as its object
     */
    private List<Actor> referredActor(SentenceView v, Trigger t, List<Actor> source, ArticleState state,
            boolean object) {
        Set<String> own = countries(source);
        for (Trigger g : t.governed) {
            if (g.voice() != Voice.NOMINAL || g.to() >= v.size()
                    || !markers.is(Group.BACK_REFERENCE, v.word(g.to()))
                    || object && g.from() > t.to() + MODIFIER_REACH) {
                continue;
            }
            String root = g.pattern().words().getFirst().text();
            boolean mutualNoun = g.pattern().type().symmetric();
            for (Referral referral : Referral.values()) {
                if (referral == Referral.LEAD && !mutualNoun) {
                    continue;
                }
                int size = state.events.size();
                for (int n = 0; n < size; n++) {
                    Event e = state.events.get(referral == Referral.SAME_ROOT ? size - 1 - n : n);
                    VerbPattern p = dictionary.byId(e.rule());
                    boolean same = switch (referral) {
                        case SAME_ROOT -> p != null && p.words().getFirst().text().equals(root);
                        case SAME_TYPE -> e.type() == g.pattern().type();
                        case LEAD -> !e.target().isEmpty();
                    };
                    if (!same) {
                        continue;
                    }
                    boolean ownAct = !own.isEmpty() && own.containsAll(countries(e.source()));
                    List<Actor> parties = ownAct ? e.target() : e.source();
                    if (e.type().symmetric() || referral == Referral.LEAD) {
                        parties = sides(e);
                    }
                    List<Actor> actor = withoutOwnCountry(without(parties, source), source);
                    if (!actor.isEmpty()) {
                        return actor;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The target of a reaction that names none: the author of the previous act told, else its target
     * ("Manila mengecam tindakan itu" after China's water cannon), preferring another country; an act told just
     * before that involves no other country (the speaker's own side's step) is looked past, up to
     * {@link #DISCOURSE_REACH} acts back.
     */
    static List<Actor> discourseTarget(List<Actor> source, List<Event> told) {
        if (told.isEmpty()) {
            return List.of();
        }
        Set<String> countries = countries(source);
        for (int n = told.size() - 1; n >= 0 && n >= told.size() - DISCOURSE_REACH; n--) {
            Event e = told.get(n);
            for (List<Actor> c : List.of(without(e.source(), source), without(e.target(), source))) {
                if (!c.isEmpty() && c.stream().noneMatch(a -> countries.contains(country(a)))) {
                    return c;
                }
            }
        }
        Event last = told.getLast();
        for (List<Actor> c : List.of(without(last.source(), source), without(last.target(), source))) {
            if (!c.isEmpty()) {
                return c;
            }
        }
        return List.of();
    }

    /** Whether the event word's object is a noun referred back to ("menyambut keputusan tersebut"). */
    private boolean referredBack(SentenceView v, Trigger t) {
        int k = t.to();
        return k + 1 < v.size() && v.mentionAt(k) < 0 && markers.is(Group.BACK_REFERENCE, v.word(k + 1));
    }

    /** Whether the event word's object is "semua pihak", "kedua belah pihak" or the like. */
    private boolean namesParties(SentenceView v, Trigger t) {
        for (int k = t.to(); k < v.size() && k <= t.to() + MODIFIER_REACH; k++) {
            if (markers.phraseAt(Group.PARTIES, v.words(), k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sides of the latest conflict the article told ("Iran meluncurkan drone ke Israel ... Guterres mendesak
     * semua pihak menahan diri": Iran and Israel), less the source's own: a fight before a war of words told after
     * it; empty when it told none.
     */
    static List<Actor> conflictParties(List<Actor> source, List<Event> told) {
        for (int quad = MATERIAL_CONFLICT; quad >= VERBAL_CONFLICT; quad--) {
            for (int n = told.size() - 1; n >= 0; n--) {
                Event e = told.get(n);
                if (e.quadClass() == quad && !e.target().isEmpty()) {
                    return without(sides(e), source);
                }
            }
        }
        return List.of();
    }

    /** Both sides of an event, source first, without repeats. */
    private static List<Actor> sides(Event e) {
        List<Actor> both = new ArrayList<>(e.source());
        both.addAll(e.target());
        return ActorScan.collapse(both);
    }

    private boolean mutual(SentenceView v, int anchor) {
        for (int k = anchor - 1; k >= 0 && k >= anchor - MUTUAL_REACH; k--) {
            if (markers.is(Group.MUTUAL, v.word(k))) {
                return true;
            }
        }
        return false;
    }

    private void emit(SentenceView v, Trigger t, VerbPattern p, Clause clause, List<Actor> source,
            List<Actor> target, double confidence, List<Event> sentenceEvents, ArticleState state) {
        if (selfDyad(source, target)) {
            return;
        }
        int year = state.published == null ? 0 : state.published.getYear();
        Modality m = modality.modality(v, clause.start(), anchor(t), year, p.type() == PloverType.AGREE,
                p.options().obligation());
        Polarity polarity = modality.negated(v, t.from()) || t.light >= 0 && modality.negated(v, t.light)
                ? Polarity.NEGATED : Polarity.ASSERTED;
        PloverType type = p.type();
        String code = p.cameo();
        String mode = p.mode();
        String context = p.context();
        if (type == PloverType.AGREE && !t.governed.isEmpty()) {
            code = pledgeCode(t.governed.getFirst().pattern(), code);
        } else if (m == Modality.INTENDED && polarity == Polarity.ASSERTED && markers.pledge(type) != null
                && (type == PloverType.COOPERATE || type == PloverType.AID)) {
            // "tak akan mengirim senjata" is no pledge: it stays the act, negated and intended.
            code = pledgeCode(p, code);
            type = PloverType.AGREE;
            mode = null;
        }
        CameoTable.Code c = cameo.get(code);
        Attribution attribution = clause.reported() || clause.relay() != null
                ? new Attribution(clause.speaker().isEmpty() ? null : clause.speaker().getFirst(), clause.cue(),
                clause.relay())
                : null;
        EventDate date = state.published == null ? null
                : new EventDate(state.published, DateGranularity.DAY, false);
        Event e = new Event(type, mode, context, code, c == null ? 0 : c.goldstein(), source, target, polarity, m,
                date, null, v.sentence().span(), v.span(t.from(), t.to()), attribution, p.id(),
                Math.round(confidence * 100) / 100.0);
        sentenceEvents.add(e);
        // "Target tersebut didukung oleh kebijakan visa": a statement or talks aimed at nobody named is no event,
        // though a second act of the same subject in the sentence still takes its source from it. An act that has
        // no target by nature ("menampung pengungsi") stands alone.
        if (!target.isEmpty() || !markers.dyadic(type) || p.options().noTarget()) {
            state.events.add(e);
        }
    }

    /** The CAMEO code of a pledge to do what {@code act} states ("berjanji memberikan bantuan": 033). */
    private String pledgeCode(VerbPattern act, String fallback) {
        String pledge = markers.pledge(act.type());
        if (pledge == null) {
            return fallback;
        }
        String military = pledge + "2";
        return "military".equals(act.context()) && cameo.get(military) != null ? military : pledge;
    }

    /**
     * Whether the target is only the source's own side under a place's name: "Austin mengunjungi Seoul dan bertemu
     * Menteri Pertahanan Korea Selatan" must not read Seoul, the government, as meeting its own minister.
     */
    private boolean selfDyad(List<Actor> source, List<Actor> target) {
        Set<String> placed = new HashSet<>();
        source.stream().filter(a -> placeCountry.apply(a.name()) != null).forEach(a -> placed.add(a.code()));
        return !target.isEmpty() && target.stream().allMatch(a -> placed.contains(a.code()));
    }

    /**
     * Drops a bare country from the target when it is the source's own country ("konsulat Iran" after an Iranian
     * source): a domestic event names sectors on both sides.
     */
    private static List<Actor> withoutOwnCountry(List<Actor> target, List<Actor> source) {
        Set<String> own = countries(source);
        return target.stream().filter(a -> a.sector() != null || !own.contains(country(a))).toList();
    }

    /**
     * The actors less those of {@code others}. An actor of the same code is the same side, except a titled person
     * under another name: the regent a corruption agency arrests is government like the agency ("KPK menangkap
     * seorang bupati"), unless others are named with it ("kedua diplomat itu": the other side's).
     */
    private static List<Actor> without(List<Actor> actors, List<Actor> others) {
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        others.forEach(a -> {
            codes.add(a.code());
            names.add(a.name());
        });
        boolean mixed = actors.stream().anyMatch(a -> !codes.contains(a.code()));
        return actors.stream()
                .filter(a -> !codes.contains(a.code()) || !mixed && a.role() != null && !names.contains(a.name()))
                .toList();
    }

    private static Set<String> countries(List<Actor> actors) {
        Set<String> out = new HashSet<>();
        actors.forEach(a -> out.add(country(a)));
        return out;
    }

    /** The country-level code: the first three letters of the actor code. */
    static String country(Actor a) {
        return a.code().length() <= 3 ? a.code() : a.code().substring(0, 3);
    }
}
