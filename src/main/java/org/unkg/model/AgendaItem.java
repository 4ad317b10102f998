package org.unkg.model;

/** An agenda item as printed ("66", "19(a)") with its title, or null when not printed. */
public record AgendaItem(String number, String title) {
}
