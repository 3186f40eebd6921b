// Appends exchanges to a history journal as fast as it can and prints the number of each one
// after append() has returned. The persistence test kills it at random moments.
#include "inspector/composition.h"
#include "store/historyjournal.h"
#include "syntheticexchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    HttpLens::HistoryJournal journal(QString::fromLocal8Bit(argv[1]));
    const HttpLens::HistoryJournal::LoadResult loaded = journal.load();
    const int first = int(loaded.records.size());
    const int count = QByteArray(argv[2]).toInt();
    // A third argument: small bodies of that many bytes, no large request bodies (many
    // exchanges, quickly).
    const int small = argc > 3 ? QByteArray(argv[3]).toInt() : 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = first; i < first + count && clock.elapsed() < 30000; ++i) {
        // Bodies of 20 to 220 kB make each line long enough to be caught half written.
        const HttpLens::Exchange exchange = syntheticExchange(i,
                                                              small > 0
                                                                      ? small
                                                                      : 20'000 + (i % 11) * 20'000);
        // Every third request had a large body of its own; its line is long, so a kill can
        // land in the middle of writing it.
        HttpLens::Composition composition;
        if (small == 0 && i % 3 == 0) {
            composition.bodyMode = HttpLens::BodyMode::Raw;
            composition.rawBody = QString(100'000 * (i % 4 + 1), QLatin1Char('x'));
        }
        QString error;
        if (!journal.append(exchange, HttpLens::compositionToJson(composition), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
