package org.unkg.model;

/** What a letter says about itself: sender State key, sender as printed, addressee, annex title. */
public record LetterInfo(String senderKey, String senderName, String addressee, String annexTitle) {
}
