package org.unkg.extract;

import java.util.List;

import org.unkg.model.Finding;
import org.unkg.model.TreatyRef;

/** What one extractor found in one document: findings and the treaties they point at. */
public record Extraction(List<Finding> findings, List<TreatyRef> treaties) {
    public Extraction {
        findings = List.copyOf(findings);
        treaties = List.copyOf(treaties);
    }
}
