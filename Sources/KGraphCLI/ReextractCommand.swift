import ArgumentParser
import EventLog
import Events
import Extraction
import Ingest

struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Run the current extractor over the stored articles again, as events.",
        discussion: """
            Events the extractor no longer produces are retracted (the reason names the extractor version), new ones are appended, and unchanged ones are left alone; a second run appends nothing. Only events the extractor made from a stored article are touched: events appended by hand, or retracted by hand, stay as they are. Each document is one atomic batch. The log keeps the whole history; projections follow.

            Example:
              kgraph reextract --dry-run --store ./news
              kgraph reextract --store ./news
              kgraph reextract --document search-cloud.txt --store ./news
            """
    )

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Only the articles of this document (as `kgraph articles` names it).", valueName: "name"))
    var document: String?

    @Flag(help: "Say what would be retracted, restored and added; append nothing.")
    var dryRun = false

    @Option(name: .customLong("mecab-dic"), help: ArgumentHelp("Folder of the mecab-ko-dic dictionary (else $KGRAPH_MECAB_DIC, else where Tools/setup.sh put it).", valueName: "dir"))
    var mecabDictionary: String?

    /// Lexicon files to extract with instead of the bundled ones (a folder laid out as
    /// Sources/Extraction/Lexicon): for trying changed rules on a copy of a store.
    @Option(name: .customLong("lexicon"), help: .hidden)
    var lexicon: String?

    func run() throws {
        let extractor = try ExtractorLoader.load(dictionary: mecabDictionary, lexicon: lexicon)
        let store = try options.open()
        let documents = try document.map { [$0] } ?? Reextraction.documents(in: store.log)
        guard !documents.isEmpty else { throw CLIError.user("the store holds no stored article; ingest some with `kgraph ingest FILE`") }
        let reextraction = Reextraction(extractor: extractor)
        var totals = (articles: 0, retracted: 0, added: 0, restored: 0, unchanged: 0, appended: 0)
        // Retractions made by hand are read once; each document's own are found through its index.
        let retractions = try DocumentState.retractions(in: store.log)
        for name in documents {
            let report = try reextraction.run(document: name, log: store.log, dryRun: dryRun, retractions: retractions)
            if dryRun { for line in report.details { print(line) } }
            print(report.summary(dryRun: dryRun))
            totals.articles += report.articles
            totals.retracted += report.retracted + report.superseded
            totals.added += report.added
            totals.restored += report.restored
            totals.unchanged += report.unchanged
            totals.appended += report.appended
        }
        if documents.count > 1 {
            print("total: \(plural(documents.count, "document")), \(plural(totals.articles, "article")) re-extracted by \(Extractor.name) \(Extractor.version), \(totals.retracted) retracted, \(totals.added) added, \(totals.restored) restored, \(totals.unchanged) unchanged, \(dryRun ? "dry run, nothing appended" : "\(plural(totals.appended, "event")) appended")")
        }
    }
}
