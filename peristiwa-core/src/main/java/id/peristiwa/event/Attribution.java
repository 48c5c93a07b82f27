package id.peristiwa.event;

import id.peristiwa.document.Span;
import id.peristiwa.entity.Actor;

/**
 * Who says an event happened: the speaker and the reporting cue ("kata Austin", "papar Sin", "tambahnya"), and
 * the outlet or agency the article relays it from ("seperti dikutip kantor berita Yonhap", "Dilansir Fars").
 *
 * @param speaker the speaker's actor, or null when the text names none
 * @param cue     the span of the reporting cue, or null
 * @param relay   the relayed outlet or agency as named ("Yonhap"), or null
 */
public record Attribution(Actor speaker, Span cue, String relay) {
}
