package org.unkg.model;

/** What a {@link Mention} points at. The key space of each kind is described on {@link Mention}. */
public enum EntityKind {
    STATE, ORGANIZATION, TREATY
}
