package id.peristiwa.store;

import id.peristiwa.document.Article;
import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;
import id.peristiwa.entity.Mention;
import id.peristiwa.event.Attribution;
import id.peristiwa.event.Event;
import id.peristiwa.event.Quote;
import id.peristiwa.export.EventIds;
import id.peristiwa.pipeline.AnalyzedArticle;
import id.peristiwa.text.Sentence;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the DuckDB rows of analyzed articles: the article, its sentences, mentions, quotes, events and event
 * actors, and deletes them again. Holds prepared statements, so it belongs to one connection and one thread; the
 * caller owns the transaction.
 */
final class ArticleRows implements AutoCloseable {

    private final Connection db;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private final MultiRowInsert article;
    private final MultiRowInsert sentence;
    private final MultiRowInsert mention;
    private final MultiRowInsert event;
    private final MultiRowInsert eventActor;
    private final MultiRowInsert quote;
    private final MultiRowInsert dyad;
    private final List<MultiRowInsert> inserts;
    private final Set<String> pending = new HashSet<>();

    ArticleRows(Connection db) throws SQLException {
        this.db = db;
        for (String table : StoreSchema.ARTICLE_TABLES) {
            String column = table.equals("articles") ? "id" : "article_id";
            deletes.add(db.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?"));
        }
        article = new MultiRowInsert(db, "articles", 21);
        sentence = new MultiRowInsert(db, "sentences", 4);
        mention = new MultiRowInsert(db, "mentions", 12);
        event = new MultiRowInsert(db, "events", 34);
        eventActor = new MultiRowInsert(db, "event_actors", 9);
        quote = new MultiRowInsert(db, "quotes", 12);
        dyad = new MultiRowInsert(db, "event_dyads", 8);
        inserts = List.of(article, sentence, mention, quote, event, eventActor, dyad);
    }

    /** Deletes every row of the article in every table; it must have no pending rows. */
    void delete(String articleId) throws SQLException {
        for (PreparedStatement delete : deletes) {
            delete.setString(1, articleId);
            delete.executeUpdate();
        }
    }

    /**
     * Adds every row of the analyzed article, to be inserted at the next {@link #flush()}; its rows must not be
     * in the table, nor pending.
     */
    void insert(AnalyzedArticle analyzed, String analysisJson, String contentHash, OffsetDateTime now)
            throws SQLException {
        Article a = analyzed.article();
        insertArticle(analyzed, analysisJson, contentHash, now);
        for (int i = 0; i < analyzed.sentences().size(); i++) {
            Span span = analyzed.sentences().get(i).span();
            sentence.add(a.id(), i, span.start(), span.end());
        }
        for (int i = 0; i < analyzed.mentions().size(); i++) {
            Mention m = analyzed.mentions().get(i);
            Actor actor = m.actor();
            mention.add(a.id(), i, m.start(), m.end(), m.text(), m.kind().name(), code(actor),
                    actor == null ? null : actor.country(), actor == null ? null : actor.sector(),
                    actor == null ? null : actor.name(), actor == null ? null : actor.role(),
                    db.createArrayOf("INTEGER", m.refersTo().toArray()));
        }
        for (int i = 0; i < analyzed.quotes().size(); i++) {
            insertQuote(a, i, analyzed.quotes().get(i));
        }
        List<String> ids = EventIds.of(a, analyzed.events());
        for (int i = 0; i < ids.size(); i++) {
            insertEvent(a, ids.get(i), i, analyzed.events().get(i));
        }
        pending.add(a.id());
    }

    /** Whether rows of the article are waiting for the next flush. */
    boolean pending(String articleId) {
        return pending.contains(articleId);
    }

    /**
     * Inserts every pending row. Rows are gathered over a whole batch because DuckDB's cost is per statement
     * executed far more than per row.
     */
    void flush() throws SQLException {
        try {
            for (MultiRowInsert insert : inserts) {
                insert.flush();
            }
        } finally {
            discard();
        }
    }

    /** Drops every pending row. */
    void discard() {
        for (MultiRowInsert insert : inserts) {
            insert.discard();
        }
        pending.clear();
    }

    private void insertArticle(AnalyzedArticle analyzed, String analysisJson, String contentHash,
                               OffsetDateTime now) throws SQLException {
        Article a = analyzed.article();
        article.add(a.id(), a.source().url(), a.source().path(), a.source().outlet(), a.title(), a.section(),
                a.author(), a.published() == null ? null : a.published().toIso(),
                a.published() == null ? null : Date.valueOf(a.published().date()), a.language(),
                a.languageConfidence(), a.dateline() == null ? null : a.dateline().place(), a.text(), analysisJson,
                contentHash, analyzed.sentences().size(), analyzed.mentions().size(), analyzed.quotes().size(),
                analyzed.events().size(), now, null); // story_id: set by Stories once the batch is inserted
    }

    private void insertQuote(Article a, int index, Quote q) throws SQLException {
        quote.add(a.id(), index, code(q.speaker()), q.speaker() == null ? null : q.speaker().name(),
                q.speakerMention() < 0 ? null : q.speakerMention(), q.cue() == null ? null : q.cue().start(),
                q.cue() == null ? null : q.cue().end(), q.statement().start(), q.statement().end(),
                q.statement().of(a.text()), q.direct(), q.relay());
    }

    private void insertEvent(Article a, String id, int index, Event e) throws SQLException {
        Attribution at = e.attribution();
        Span cue = at == null ? null : at.cue();
        event.add(id, a.id(), index, e.type().name(), e.mode(), e.context(), e.cameo(), e.quadClass(),
                e.goldstein(), e.source().isEmpty() ? null : e.source().getFirst().code(),
                e.target().isEmpty() ? null : e.target().getFirst().code(), e.polarity().name(),
                e.modality().name(), e.date() == null ? null : Date.valueOf(e.date().value()),
                e.date() == null ? null : e.date().granularity().name(),
                e.date() == null ? null : e.date().fromText(), e.place() == null ? null : e.place().name(),
                e.place() == null ? null : e.place().country(), e.place() == null ? null : e.place().lat(),
                e.place() == null ? null : e.place().lon(),
                e.place() == null ? null : e.place().precision().name(), e.sentence().start(), e.sentence().end(),
                e.trigger().start(), e.trigger().end(), e.trigger().of(a.text()), e.sentence().of(a.text()),
                at == null ? null : code(at.speaker()), cue == null ? null : cue.start(),
                cue == null ? null : cue.end(), cue == null ? null : cue.of(a.text()),
                at == null ? null : at.relay(), e.rule(), e.confidence());
        insertActors(id, a.id(), ActorRole.SOURCE, e.source());
        insertActors(id, a.id(), ActorRole.TARGET, e.target());
        if (at != null && at.speaker() != null) {
            insertActors(id, a.id(), ActorRole.SPEAKER, List.of(at.speaker()));
        }
        String sources = DyadRows.codes(e.source());
        String targets = DyadRows.codes(e.target());
        if (e.date() != null && sources != null && targets != null) {
            dyad.add(id, a.id(), sources, targets, Date.valueOf(e.date().value()), e.type().name(), e.quadClass(),
                    e.goldstein());
        }
    }

    private void insertActors(String eventId, String articleId, ActorRole role, List<Actor> actors)
            throws SQLException {
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            eventActor.add(eventId, articleId, role.name(), i, actor.code(), actor.country(), actor.sector(),
                    actor.name(), actor.role());
        }
    }

    private static String code(Actor actor) {
        return actor == null ? null : actor.code();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : deletes) {
            st.close();
        }
        for (MultiRowInsert insert : inserts) {
            insert.close();
        }
    }

    /** The part an actor plays in an event, as the {@code role} column of {@code event_actors} spells it. */
    enum ActorRole {
        SOURCE, TARGET, SPEAKER
    }
}
