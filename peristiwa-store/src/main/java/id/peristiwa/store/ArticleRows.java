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
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the DuckDB rows of analyzed articles: the article, its sentences, mentions, quotes, events and event
 * actors, and deletes them again. Holds one prepared statement per table, so it belongs to one connection and
 * one thread; the caller owns the transaction.
 */
final class ArticleRows implements AutoCloseable {

    private final Connection db;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private final PreparedStatement article;
    private final PreparedStatement sentence;
    private final PreparedStatement mention;
    private final PreparedStatement event;
    private final PreparedStatement eventActor;
    private final PreparedStatement quote;

    ArticleRows(Connection db) throws SQLException {
        this.db = db;
        for (String table : StoreSchema.ARTICLE_TABLES) {
            String column = table.equals("articles") ? "id" : "article_id";
            deletes.add(db.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?"));
        }
        article = insert("articles", 20);
        sentence = insert("sentences", 4);
        mention = insert("mentions", 12);
        event = insert("events", 34);
        eventActor = insert("event_actors", 9);
        quote = insert("quotes", 12);
    }

    private PreparedStatement insert(String table, int columns) throws SQLException {
        return db.prepareStatement("INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)");
    }

    /** Deletes every row of the article in every table. */
    void delete(String articleId) throws SQLException {
        for (PreparedStatement delete : deletes) {
            delete.setString(1, articleId);
            delete.executeUpdate();
        }
    }

    /** Inserts every row of the analyzed article; its rows must not be there yet. */
    void insert(AnalyzedArticle analyzed, String analysisJson, String contentHash, OffsetDateTime now)
            throws SQLException {
        Article a = analyzed.article();
        insertArticle(analyzed, analysisJson, contentHash, now);
        for (int i = 0; i < analyzed.sentences().size(); i++) {
            Span span = analyzed.sentences().get(i).span();
            bind(sentence, a.id(), i, span.start(), span.end());
            sentence.addBatch();
        }
        for (int i = 0; i < analyzed.mentions().size(); i++) {
            Mention m = analyzed.mentions().get(i);
            Actor actor = m.actor();
            bind(mention, a.id(), i, m.start(), m.end(), m.text(), m.kind().name(), code(actor),
                    actor == null ? null : actor.country(), actor == null ? null : actor.sector(),
                    actor == null ? null : actor.name(), actor == null ? null : actor.role(),
                    db.createArrayOf("INTEGER", m.refersTo().toArray()));
            mention.addBatch();
        }
        for (int i = 0; i < analyzed.quotes().size(); i++) {
            insertQuote(a, i, analyzed.quotes().get(i));
        }
        List<String> ids = EventIds.of(a, analyzed.events());
        for (int i = 0; i < ids.size(); i++) {
            insertEvent(a, ids.get(i), i, analyzed.events().get(i));
        }
        for (PreparedStatement st : List.of(sentence, mention, quote, event, eventActor)) {
            st.executeBatch();
        }
    }

    private void insertArticle(AnalyzedArticle analyzed, String analysisJson, String contentHash,
                               OffsetDateTime now) throws SQLException {
        Article a = analyzed.article();
        bind(article, a.id(), a.source().url(), a.source().path(), a.source().outlet(), a.title(), a.section(),
                a.author(), a.published() == null ? null : a.published().toIso(),
                a.published() == null ? null : Date.valueOf(a.published().date()), a.language(),
                a.languageConfidence(), a.dateline() == null ? null : a.dateline().place(), a.text(), analysisJson,
                contentHash, analyzed.sentences().size(), analyzed.mentions().size(), analyzed.quotes().size(),
                analyzed.events().size(), now);
        article.executeUpdate();
    }

    private void insertQuote(Article a, int index, Quote q) throws SQLException {
        bind(quote, a.id(), index, code(q.speaker()), q.speaker() == null ? null : q.speaker().name(),
                q.speakerMention() < 0 ? null : q.speakerMention(), q.cue() == null ? null : q.cue().start(),
                q.cue() == null ? null : q.cue().end(), q.statement().start(), q.statement().end(),
                q.statement().of(a.text()), q.direct(), q.relay());
        quote.addBatch();
    }

    private void insertEvent(Article a, String id, int index, Event e) throws SQLException {
        Attribution at = e.attribution();
        Span cue = at == null ? null : at.cue();
        bind(event, id, a.id(), index, e.type().name(), e.mode(), e.context(), e.cameo(), e.quadClass(),
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
        event.addBatch();
        insertActors(id, a.id(), ActorRole.SOURCE, e.source());
        insertActors(id, a.id(), ActorRole.TARGET, e.target());
        if (at != null && at.speaker() != null) {
            insertActors(id, a.id(), ActorRole.SPEAKER, List.of(at.speaker()));
        }
    }

    private void insertActors(String eventId, String articleId, ActorRole role, List<Actor> actors)
            throws SQLException {
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            bind(eventActor, eventId, articleId, role.name(), i, actor.code(), actor.country(), actor.sector(),
                    actor.name(), actor.role());
            eventActor.addBatch();
        }
    }

    private static String code(Actor actor) {
        return actor == null ? null : actor.code();
    }

    private static void bind(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                st.setNull(i + 1, Types.NULL);
            } else {
                st.setObject(i + 1, v);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement st : deletes) {
            st.close();
        }
        for (PreparedStatement st : List.of(article, sentence, mention, event, eventActor, quote)) {
            st.close();
        }
    }

    /** The part an actor plays in an event, as the {@code role} column of {@code event_actors} spells it. */
    enum ActorRole {
        SOURCE, TARGET, SPEAKER
    }
}
