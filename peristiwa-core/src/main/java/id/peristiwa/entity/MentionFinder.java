package id.peristiwa.entity;

import id.peristiwa.document.Span;
import id.peristiwa.text.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Finds who and what a sentence names and codes the actors, by the conventions of EVENTS.md: one
 * longest-match pass of the gazetteer over the sentence's tokens, then rules over the matches: a sector word
 * before a country ("militer AS": USAMIL), a capital standing for its government unless a place cue precedes
 * it ("Washington menuduh": USAGOV; "di Washington": a place), a title with its country or organization
 * before a person ("Menteri Pertahanan Korea Selatan Lee Jong-sup": KORGOV), known office holders by date.
 * Immutable and safe to share between threads; build once.
 */
public final class MentionFinder implements NameFinder {
    /** The most capitalized words a body's name may hold between its head and its country. */
    static final int LONG_NAME_WORDS = 4;
    /** The most capitalized words that may name a title's unit before a rank ("Kapolda Metro Jaya Irjen X"). */
    static final int UNIT_WORDS = 3;
    /** How many of a sentence's mentions a bare body looks back through for one named with its country. */
    static final int BODIES_BACK = 32;
    private static final String MILITARY = "MIL";
    private static final String POLICE = "COP";

    private final Dictionaries dictionaries;
    private final CommonWords commonWords;
    private final ActorCodes codes;

    private MentionFinder(Dictionaries dictionaries, CommonWords commonWords) {
        this.dictionaries = dictionaries;
        this.commonWords = commonWords;
        this.codes = new ActorCodes(dictionaries);
    }

    /** A finder over the Indonesian pack alone. */
    public static MentionFinder indonesian() {
        return with(Dictionaries.indonesian());
    }

    /** A finder over the given dictionaries that takes every capitalized word after a title for a name's. */
    public static MentionFinder with(Dictionaries dictionaries) {
        return with(dictionaries, CommonWords.NONE);
    }

    /**
     * A finder over the given dictionaries; capitalized {@code commonWords} right after a title go on naming the
     * office ("Kepala Badan Gizi Nasional Dadan Hindayana": the person is "Dadan Hindayana").
     */
    public static MentionFinder with(Dictionaries dictionaries, CommonWords commonWords) {
        return new MentionFinder(Objects.requireNonNull(dictionaries, "dictionaries"),
                Objects.requireNonNull(commonWords, "commonWords"));
    }

    @Override
    public List<Mention> find(String text, id.peristiwa.text.Sentence sentence, LocalDate asOf) {
        return find(text, sentence.tokens(), asOf);
    }

    /**
     * The mentions in one sentence, in text order and never overlapping, with spans into {@code text}.
     * {@code refersTo} is left empty (coreference is a later stage's).
     *
     * @param text           the article's clean text
     * @param sentenceTokens the sentence's tokens, in text order
     * @param asOf           the article's date, which decides office holders' codes; null means today
     */
    public List<Mention> find(String text, List<Token> sentenceTokens, LocalDate asOf) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentenceTokens, "sentenceTokens");
        Scan scan = new Scan(text, sentenceTokens, scan(text, sentenceTokens),
                asOf != null ? asOf : LocalDate.now(), new ArrayList<>());
        for (int h = 0; h < scan.hits.size(); ) {
            h = read(scan, h);
        }
        return List.copyOf(scan.out);
    }

    /** The sentence being read: its matches, the date, and the mentions found so far. */
    private record Scan(String text, List<Token> tokens, List<Hit> hits, LocalDate date, List<Mention> out) {
        /** The match starting exactly at token {@code first}, looked up from match {@code h} on, or null. */
        Hit hitAt(int h, int first) {
            return h < hits.size() && hits.get(h).first() == first ? hits.get(h) : null;
        }

        /** Where match {@code h} starts: the sentence's end when there is none. */
        int startOf(int h) {
            return h < hits.size() ? hits.get(h).first() : tokens.size();
        }

        /** Whether the token at {@code i} is written with a capital first. */
        boolean capitalized(int i) {
            return PersonNames.capitalized(text, tokens.get(i));
        }

        Span span(int first, int last) {
            return new Span(tokens.get(first).start(), tokens.get(last - 1).end());
        }

        void add(int first, int last, MentionKind kind, Actor actor) {
            out.add(mention(first, last, kind, actor));
        }

        Mention mention(int first, int last, MentionKind kind, Actor actor) {
            Span span = span(first, last);
            return new Mention(span, span.of(text), kind, actor);
        }

        String covered(int first, int last) {
            return span(first, last).of(text);
        }
    }

    private List<Hit> scan(String text, List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        TokenTrie trie = dictionaries.trie();
        int n = tokens.size();
        for (int i = 0; i < n; ) {
            Form form = trie.longest(text, tokens, i, n);
            if (form == null) {
                i++;
            } else {
                hits.add(new Hit(i, i + form.keys().length, form));
                i += form.keys().length;
            }
        }
        return hits;
    }

    /** Reads the match at {@code h} (and what belongs to it); returns the index of the next unread match. */
    private int read(Scan s, int h) {
        Hit hit = s.hits.get(h);
        GazetteerEntry entry = hit.entry();
        switch (hit.kind()) {
            case COUNTRY -> {
                if (placed(s, hit, false)) {
                    s.add(hit.first(), hit.last(), MentionKind.LOCATION, null);
                } else {
                    s.add(hit.first(), hit.last(), MentionKind.COUNTRY, codes.country(ActorCodes.countryOf(entry)));
                }
            }
            case PLACE -> place(s, hit);
            case ORGANIZATION -> s.add(hit.first(), hit.last(), MentionKind.ORGANIZATION,
                    codes.actor(entry.codeAt(s.date), entry.name(), null));
            case PERSON -> s.add(hit.first(), hit.last(), MentionKind.PERSON,
                    codes.actor(entry.codeAt(s.date), entry.name(), null));
            case BODY -> {
                return body(s, h);
            }
            case ROLE -> {
                return new RoleReading(s, h).read();
            }
        }
        return h + 1;
    }

    private void place(Scan s, Hit hit) {
        GazetteerEntry entry = hit.entry();
        if (entry.metonym() && entry.country() != null && !placed(s, hit, true)) {
            s.add(hit.first(), hit.last(), MentionKind.COUNTRY,
                    codes.actor(entry.country() + "GOV", entry.name(), null));
        } else {
            s.add(hit.first(), hit.last(), MentionKind.LOCATION, null);
        }
    }

    /**
     * Whether a capital or country is named as a place, not as an actor: after a place cue, after a cue for
     * capitals alone ({@code capital}), or after a cue such as "dari" that comes right after a name.
     */
    private boolean placed(Scan s, Hit hit, boolean capital) {
        Cues cues = dictionaries.cues();
        if (cues.placeCueBefore(s.tokens, 0, hit.first())
                || capital && cues.capitalCueBefore(s.tokens, 0, hit.first())) {
            return true;
        }
        if (!cues.afterNameCueBefore(s.tokens, 0, hit.first()) || s.out.isEmpty() || hit.first() < 2) {
            return false;
        }
        return s.out.getLast().end() == s.tokens.get(hit.first() - 2).end();
    }

    /**
     * The country that completes the body at match {@code h}: the match right after it, or, when the body is
     * written with a capital, one after at most {@link #LONG_NAME_WORDS} capitalized words that are no match
     * ("Kementerian Pertahanan Nasional Korut"); null when there is none.
     */
    private static Hit countryAfterBody(Scan s, int h) {
        if (h + 1 >= s.hits.size()) {
            return null;
        }
        Hit body = s.hits.get(h);
        Hit next = s.hits.get(h + 1);
        int gap = next.first() - body.last();
        if (next.kind() != EntryKind.COUNTRY || gap > LONG_NAME_WORDS
                || gap > 0 && !s.capitalized(body.first())) {
            return null;
        }
        for (int i = body.last(); i < next.first(); i++) {
            if (!s.capitalized(i)) {
                return null;
            }
        }
        return next;
    }

    /** A sector word with the country after it, or with its default country, is one organization. */
    private int body(Scan s, int h) {
        Hit body = s.hits.get(h);
        Hit next = countryAfterBody(s, h);
        String sector = body.entry().sector();
        if (next != null) {
            String name = s.covered(body.first(), next.last());
            s.add(body.first(), next.last(), MentionKind.ORGANIZATION,
                    codes.actor(ActorCodes.countryOf(next.entry()) + sector, name, null));
            return h + 2;
        }
        String country = body.entry().defaultCountry();
        int last = body.last();
        switch (body.entry().unqualified()) {
            case LOCAL -> {
                String placed = namedBefore(s, sector);
                placed = placed != null ? placed : placeCountry(s, h);
                country = placed != null ? placed : country;
            }
            case NAMED -> {
                last = nameEnd(s, h);
                country = last > body.last() ? country : null;
            }
            case DEFAULT, REGIONAL -> {
            }
        }
        if (country != null) {
            String name = last > body.last() ? s.covered(body.first(), last) : body.entry().name();
            s.add(body.first(), last, MentionKind.ORGANIZATION, codes.actor(country + sector, name, null));
        }
        return h + 1;
    }

    /**
     * Where the capitalized name a body's head starts ends ("Kementerian Kelautan dan Perikanan"): after the last
     * capitalized word that follows the head, "dan" allowed between two of them, before the next match; the
     * head's own end when the head is not capitalized or no capitalized word follows.
     */
    private static int nameEnd(Scan s, int h) {
        Hit body = s.hits.get(h);
        int stop = s.startOf(h + 1);
        if (!s.capitalized(body.first())) {
            return body.last();
        }
        int end = body.last();
        for (int i = body.last(); i < stop; i++) {
            Token token = s.tokens.get(i);
            if (s.capitalized(i)) {
                end = i + 1;
            } else if (!(token.normalized().equals("dan") && end == i && i + 1 < stop && s.capitalized(i + 1))) {
                break;
            }
        }
        return end;
    }

    /**
     * The country of the nearest body of the {@code sector} the sentence has named before with its country: the
     * bare "pemerintah" in "Pemerintah Arab Saudi menegaskan ... lembaga yang dikelola pemerintah" is Saudi
     * Arabia's; null when there is none among the last {@link #BODIES_BACK} mentions.
     */
    private static String namedBefore(Scan s, String sector) {
        for (int i = s.out.size() - 1; i >= Math.max(0, s.out.size() - BODIES_BACK); i--) {
            Mention m = s.out.get(i);
            if (m.kind() == MentionKind.ORGANIZATION && m.actor() != null && sector.equals(m.actor().sector())
                    && m.actor().country() != null) {
                return m.actor().country();
            }
        }
        return null;
    }

    /**
     * The country of the place the sentence says it happens in, nearest to the match at {@code h}: a city or
     * country after a place cue ("polisi membubarkan massa di Nairobi", "ribuan warga berdemonstrasi di
     * Seoul"). A body named without its country belongs there rather than to its default; null when the
     * sentence names no such place.
     */
    private String placeCountry(Scan s, int h) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (int k = 0; k < s.hits.size(); k++) {
            Hit hit = s.hits.get(k);
            boolean place = hit.kind() == EntryKind.PLACE && hit.entry().country() != null
                    || hit.kind() == EntryKind.COUNTRY;
            int d = Math.abs(k - h);
            if (k != h && place && d < distance && dictionaries.cues().placeCueBefore(s.tokens, 0, hit.first())) {
                best = hit.kind() == EntryKind.COUNTRY ? ActorCodes.countryOf(hit.entry()) : hit.entry().country();
                distance = d;
            }
        }
        return best;
    }

    /**
     * A title, what qualifies it (a country, an organization, a sector word and country, a posting), an
     * optional comma, and the person it introduces.
     */
    private final class RoleReading {
        private final Scan s;
        private final int h;
        private final Hit role;
        private final List<Mention> qualifiers = new ArrayList<>(2);
        private String code;
        private Mention posted;
        private int postCue;
        private int next;
        private int end;

        RoleReading(Scan s, int h) {
            this.s = s;
            this.h = h;
            this.role = s.hits.get(h);
            this.next = h + 1;
            this.end = role.last();
        }

        int read() {
            qualify();
            region();
            post();
            extendTitle();
            int roleEnd = end;
            String roleText = s.covered(role.first(), roleEnd);
            int nameStart = end < s.tokens.size() && s.tokens.get(end).normalized().equals(",")
                    ? titlesFrom(end + 1, RoleReading::isRank) : end;
            Hit known = s.hitAt(next, nameStart);
            if (known != null && known.kind() == EntryKind.PERSON) {
                String personCode = code != null ? code : known.entry().codeAt(s.date);
                s.out.addAll(qualifiers);
                s.add(known.first(), known.last(), MentionKind.PERSON,
                        codes.actor(personCode != null ? personCode : fallback(), known.entry().name(), roleText));
                return next + 1;
            }
            int stop = s.startOf(next);
            // A common word does not start a name after a comma either ("Dirjen Industri Kimia, Tekstil dan Aneka").
            int nameEnd = nameStart < stop && !common(nameStart) ? PersonNames.end(s.text, s.tokens, nameStart, stop,
                    dictionaries.cues()) : nameStart;
            if (nameEnd > nameStart) {
                String name = s.covered(nameStart, nameEnd);
                s.out.addAll(qualifiers);
                s.add(nameStart, nameEnd, MentionKind.PERSON,
                        codes.actor(code != null ? code : fallback(), name, roleText));
                return next;
            }
            if (code != null) {
                // "diplomat China di Manila": the person is the title and its country; the posting stays a place.
                s.add(role.first(), posted == null ? roleEnd : postCue, MentionKind.PERSON,
                        codes.actor(code, roleText, roleText));
                if (posted != null) {
                    s.out.add(posted);
                }
                return next;
            }
            String alone = fallback();
            if (alone != null) {
                s.add(role.first(), roleEnd, MentionKind.PERSON, codes.actor(alone, roleText, roleText));
            }
            return next;
        }

        /**
         * The code of the title's holder in {@code country}: the title's sector there, unless the title has a code
         * of its own ("Kapolda" is IDNCOP anywhere); the title's own code when the country is unknown.
         */
        private String codeIn(String country) {
            return role.entry().codes().isEmpty() && country != null ? country + role.entry().sector() : fallback();
        }

        /** The code a title gives on its own: its full code, else its default country with its sector. */
        private String fallback() {
            GazetteerEntry entry = role.entry();
            if (!entry.codes().isEmpty()) {
                return entry.codeAt(s.date);
            }
            return entry.defaultCountry() != null ? entry.defaultCountry() + entry.sector() : null;
        }

        /**
         * Takes the country, organization, body or place right after the title (or after what already belongs to
         * it); the person's code comes from it. A later organization or country names the office more exactly
         * ("Ketua Dewan Pakar Golkar": the party's); a place codes only a title that nothing coded yet, and a body
         * is taken only then.
         */
        private void qualify() {
            Hit q = s.hitAt(next, end);
            if (q == null || code != null && q.kind() == EntryKind.BODY) {
                return;
            }
            switch (q.kind()) {
                case COUNTRY -> {
                    String country = ActorCodes.countryOf(q.entry());
                    code = codeIn(country);
                    take(q, MentionKind.COUNTRY, codes.country(country));
                }
                case ORGANIZATION -> {
                    code = q.entry().codeAt(s.date);
                    take(q, MentionKind.ORGANIZATION, codes.actor(code, q.entry().name(), null));
                }
                case BODY -> {
                    Hit country = countryAfterBody(s, next);
                    String sector = q.entry().sector();
                    if (country != null) {
                        code = ActorCodes.countryOf(country.entry()) + sector;
                        qualifiers.add(s.mention(q.first(), country.last(), MentionKind.ORGANIZATION,
                                codes.actor(code, s.covered(q.first(), country.last()), null)));
                        next += 2;
                        end = country.last();
                    } else if (q.entry().defaultCountry() != null) {
                        code = q.entry().defaultCountry() + sector;
                        take(q, MentionKind.ORGANIZATION, codes.actor(code, q.entry().name(), null));
                    }
                }
                case PLACE -> {
                    // "Gubernur Jawa Tengah", "Kapolda Bali", "Ketua NasDem Sumut": the place the office governs.
                    if (code == null) {
                        code = codeIn(q.entry().country());
                    }
                    take(q, MentionKind.LOCATION, null);
                }
                default -> {
                }
            }
        }

        /** A regional title that nothing qualified takes the capitalized word after it as its region. */
        private void region() {
            if (role.entry().unqualified() == GazetteerEntry.Unqualified.REGIONAL && qualifiers.isEmpty()
                    && end < s.startOf(next) && s.capitalized(end)) {
                end++;
            }
        }

        /**
         * What else belongs to the title before the name, as long as something does: further titles ("Kapolri
         * Jenderal X"), capitalized common words that go on naming the office ("Menteri Koordinator Bidang
         * Perekonomian X", "Kepala Badan Gizi Nasional X"), a unit named before a rank ("Kapolda Metro Jaya
         * Irjen X"), and what qualifies them ("Ketua NasDem Sumut X").
         */
        private void extendTitle() {
            for (int before = -1; before != end; ) {
                before = end;
                stackedTitles();
                officeWords();
                unitBeforeRank();
                qualify();
            }
        }


        /** Whether the match is a police or military title, as ranks are. */
        private static boolean isRank(Hit q) {
            String sector = q.entry().sector();
            return q.kind() == EntryKind.ROLE && (MILITARY.equals(sector) || POLICE.equals(sector));
        }

        /** Capitalized words after the title that news text usually writes in lower case. */
        private void officeWords() {
            int stop = s.startOf(next);
            while (end < stop && common(end)) {
                end++;
            }
        }

        /** Whether the token at {@code i} is a capitalized common word. */
        private boolean common(int i) {
            return s.capitalized(i) && commonWords.isCommon(s.tokens.get(i).normalized());
        }

        /**
         * Up to {@link #UNIT_WORDS} capitalized words that no list holds, followed by a police or military rank,
         * name the title's unit, not its holder.
         */
        private void unitBeforeRank() {
            if (next >= s.hits.size()) {
                return;
            }
            Hit rank = s.hits.get(next);
            int gap = rank.first() - end;
            if (gap < 1 || gap > UNIT_WORDS || !isRank(rank)) {
                return;
            }
            for (int i = end; i < rank.first(); i++) {
                if (!s.capitalized(i)) {
                    return;
                }
            }
            end = rank.first();
        }

        /** Titles after the first ("Kapolri Jenderal X", "Menlu Arab Saudi Pangeran X") join the role text. */
        private void stackedTitles() {
            end = titlesFrom(end, q -> q.kind() == EntryKind.ROLE);
        }

        /**
         * Takes the titles that pass {@code which} from token {@code i} on (after a comma only ranks: "Kapolres
         * Jakarta Utara, Kombes X"); returns the token after the last.
         */
        private int titlesFrom(int i, Predicate<Hit> which) {
            int at = i;
            for (Hit q = s.hitAt(next, at); q != null && which.test(q); q = s.hitAt(next, at)) {
                next++;
                at = q.last();
            }
            return at;
        }

        /**
         * "Dubes Korut di Rusia", "Wakil Duta Besar AS untuk PBB": the country, place or organization of posting
         * belongs to the title, as a mention of its own; the person keeps the code of the title's country.
         */
        private void post() {
            if (code == null || end >= s.tokens.size()
                    || !dictionaries.cues().posting().contains(s.tokens.get(end).normalized())) {
                return;
            }
            int cue = end;
            Hit q = s.hitAt(next, end + 1);
            if (q == null) {
                return;
            }
            switch (q.kind()) {
                case COUNTRY -> take(q, MentionKind.COUNTRY, codes.country(ActorCodes.countryOf(q.entry())));
                case PLACE -> take(q, MentionKind.LOCATION, null);
                case ORGANIZATION -> take(q, MentionKind.ORGANIZATION,
                        codes.actor(q.entry().codeAt(s.date), q.entry().name(), null));
                default -> {
                    return;
                }
            }
            posted = qualifiers.getLast();
            postCue = cue;
        }

        private void take(Hit q, MentionKind kind, Actor actor) {
            qualifiers.add(s.mention(q.first(), q.last(), kind, actor));
            next++;
            end = q.last();
        }
    }
}
