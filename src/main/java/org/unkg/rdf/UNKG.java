package org.unkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The unkg ontology's terms; every constant is declared in ontology/unkg.ttl (a test checks). */
public final class UNKG {
    public static final String NS = "https://w3id.org/unkg/ontology#";

    private UNKG() {
    }

    public static String getURI() {
        return NS;
    }

    public static final Resource Document = ResourceFactory.createResource(NS + "Document");
    public static final Resource Resolution = ResourceFactory.createResource(NS + "Resolution");
    public static final Resource DraftResolution = ResourceFactory.createResource(NS + "DraftResolution");
    public static final Resource Letter = ResourceFactory.createResource(NS + "Letter");
    public static final Resource Note = ResourceFactory.createResource(NS + "Note");
    public static final Resource Report = ResourceFactory.createResource(NS + "Report");
    public static final Resource Expression = ResourceFactory.createResource(NS + "Expression");
    public static final Resource Paragraph = ResourceFactory.createResource(NS + "Paragraph");
    public static final Resource PreambularParagraph = ResourceFactory.createResource(NS + "PreambularParagraph");
    public static final Resource OperativeParagraph = ResourceFactory.createResource(NS + "OperativeParagraph");
    public static final Resource Footnote = ResourceFactory.createResource(NS + "Footnote");
    public static final Resource State = ResourceFactory.createResource(NS + "State");
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource UNEntity = ResourceFactory.createResource(NS + "UNEntity");
    public static final Resource Treaty = ResourceFactory.createResource(NS + "Treaty");
    public static final Resource Session = ResourceFactory.createResource(NS + "Session");
    public static final Resource Meeting = ResourceFactory.createResource(NS + "Meeting");
    public static final Resource AgendaItem = ResourceFactory.createResource(NS + "AgendaItem");
    public static final Resource Span = ResourceFactory.createResource(NS + "Span");
    public static final Resource VerbPhrase = ResourceFactory.createResource(NS + "VerbPhrase");
    public static final Resource QualifiedMention = ResourceFactory.createResource(NS + "QualifiedMention");
    public static final Resource Annex = ResourceFactory.createResource(NS + "Annex");
    public static final Property session = ResourceFactory.createProperty(NS + "session");
    public static final Property agendaItem = ResourceFactory.createProperty(NS + "agendaItem");
    public static final Property adoptedAt = ResourceFactory.createProperty(NS + "adoptedAt");
    public static final Property draft = ResourceFactory.createProperty(NS + "draft");
    public static final Property report = ResourceFactory.createProperty(NS + "report");
    public static final Property committee = ResourceFactory.createProperty(NS + "committee");
    public static final Property withoutMainCommittee = ResourceFactory.createProperty(NS + "withoutMainCommittee");
    public static final Property sponsor = ResourceFactory.createProperty(NS + "sponsor");
    public static final Property additionalSponsor = ResourceFactory.createProperty(NS + "additionalSponsor");
    public static final Property sponsorName = ResourceFactory.createProperty(NS + "sponsorName");
    public static final Property voteOutcome = ResourceFactory.createProperty(NS + "voteOutcome");
    public static final Property votesInFavour = ResourceFactory.createProperty(NS + "votesInFavour");
    public static final Property votesAgainst = ResourceFactory.createProperty(NS + "votesAgainst");
    public static final Property abstentions = ResourceFactory.createProperty(NS + "abstentions");
    public static final Property votedInFavour = ResourceFactory.createProperty(NS + "votedInFavour");
    public static final Property votedAgainst = ResourceFactory.createProperty(NS + "votedAgainst");
    public static final Property abstained = ResourceFactory.createProperty(NS + "abstained");
    public static final Property ordinal = ResourceFactory.createProperty(NS + "ordinal");
    /** Paragraphs of a language version with a text, and with a verb (computed at build time). */
    public static final Property paragraphsWithText = ResourceFactory.createProperty(NS + "paragraphsWithText");
    public static final Property paragraphsWithVerb = ResourceFactory.createProperty(NS + "paragraphsWithVerb");
    /**
     * Statistics of the whole graph, derived when a store is loaded (org.unkg.serve.DerivedFacts),
     * never written by the build: a treaty's documents and their number, a document's number of
     * cited resources, a Work whose language versions disagree.
     */
    public static final Property mentioningDocument = ResourceFactory.createProperty(NS + "mentioningDocument");
    public static final Property mentioningDocumentCount = ResourceFactory.createProperty(NS + "mentioningDocumentCount");
    public static final Property citedDocumentCount = ResourceFactory.createProperty(NS + "citedDocumentCount");
    public static final Property languageVersionsDisagree = ResourceFactory.createProperty(NS + "languageVersionsDisagree");
    /**
     * Orders and lists derived when a store is loaded, so that a canned query reads its page
     * instead of sorting or gathering every row: a treaty's place among the counted treaties and
     * its documents' symbols as one literal (08), a citing document's symbol's place (02), a
     * document's symbol's place (10) and its place among the documents that mention States (04).
     */
    public static final Property mentioningDocumentRank = ResourceFactory.createProperty(NS + "mentioningDocumentRank");
    public static final Property mentioningDocumentSymbols = ResourceFactory.createProperty(NS + "mentioningDocumentSymbols");
    public static final Property citingSymbolRank = ResourceFactory.createProperty(NS + "citingSymbolRank");
    public static final Property symbolRank = ResourceFactory.createProperty(NS + "symbolRank");
    public static final Property stateMentionRank = ResourceFactory.createProperty(NS + "stateMentionRank");
    public static final Property sessionSymbolRank = ResourceFactory.createProperty(NS + "sessionSymbolRank");
    public static final Property number = ResourceFactory.createProperty(NS + "number");
    public static final Property verb = ResourceFactory.createProperty(NS + "verb");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property attachedTo = ResourceFactory.createProperty(NS + "attachedTo");
    public static final Property marker = ResourceFactory.createProperty(NS + "marker");
    public static final Property record = ResourceFactory.createProperty(NS + "record");
    public static final Property inSession = ResourceFactory.createProperty(NS + "inSession");
    public static final Property iso3 = ResourceFactory.createProperty(NS + "iso3");
    public static final Property iso2 = ResourceFactory.createProperty(NS + "iso2");
    public static final Property m49 = ResourceFactory.createProperty(NS + "m49");
    public static final Property acronym = ResourceFactory.createProperty(NS + "acronym");
    public static final Property untsVolume = ResourceFactory.createProperty(NS + "untsVolume");
    public static final Property untsNumber = ResourceFactory.createProperty(NS + "untsNumber");
    public static final Property mentions = ResourceFactory.createProperty(NS + "mentions");
    public static final Property work = ResourceFactory.createProperty(NS + "work");
    public static final Property verbForm = ResourceFactory.createProperty(NS + "verbForm");
    public static final Property qualifiedMention = ResourceFactory.createProperty(NS + "qualifiedMention");
    public static final Property qualifiedStateMention = ResourceFactory.createProperty(NS + "qualifiedStateMention");
    public static final Property mentioned = ResourceFactory.createProperty(NS + "mentioned");
    public static final Property mentionedIn = ResourceFactory.createProperty(NS + "mentionedIn");
    public static final Property recalls = ResourceFactory.createProperty(NS + "recalls");
    public static final Property reaffirms = ResourceFactory.createProperty(NS + "reaffirms");
    public static final Property welcomes = ResourceFactory.createProperty(NS + "welcomes");
    public static final Property takesNoteOf = ResourceFactory.createProperty(NS + "takesNoteOf");
    public static final Property endorses = ResourceFactory.createProperty(NS + "endorses");
    public static final Property span = ResourceFactory.createProperty(NS + "span");
    public static final Property inParagraph = ResourceFactory.createProperty(NS + "inParagraph");
    public static final Property start = ResourceFactory.createProperty(NS + "start");
    public static final Property end = ResourceFactory.createProperty(NS + "end");
    public static final Property surface = ResourceFactory.createProperty(NS + "surface");
    public static final Property refersTo = ResourceFactory.createProperty(NS + "refersTo");
    public static final Property relation = ResourceFactory.createProperty(NS + "relation");
    public static final Property extractor = ResourceFactory.createProperty(NS + "extractor");
    public static final Property addressee = ResourceFactory.createProperty(NS + "addressee");
    public static final Property senderName = ResourceFactory.createProperty(NS + "senderName");
    public static final Property annexTitle = ResourceFactory.createProperty(NS + "annexTitle");
}
