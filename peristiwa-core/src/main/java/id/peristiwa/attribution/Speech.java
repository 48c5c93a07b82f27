package id.peristiwa.attribution;

import id.peristiwa.event.Quote;

/**
 * A quotation as the finder read it: the public {@link Quote} and the words that named its speaker, which the
 * evaluation scores and the quote itself does not carry.
 */
record Speech(Quote quote, Speaker speaker) {
}
