#pragma once
// The facilitator's screen on the projector, drawn once with cairo for the desktop window and
// for a browser: a headline across the top (how to take part, or the index), then on the left the
// lines under it (the largest gaps) and the counts per party, on the right the QR code or a chart. Every size follows the screen's
// height, so that the smallest text is 28 px at 1080 and in proportion on a 768 projector.

#include "reports/document_sink.hpp"

#include <string>
#include <vector>

namespace reports {

struct ProjectorCount {
    std::string party;
    std::string started; ///< both empty for the row of the parties not shown
    std::string finished;
};

struct ProjectorScreen {
    std::string title;              ///< a small line at the top: the organisation and round
    std::string headline;           ///< the largest text on the screen
    std::vector<std::string> lines; ///< under the headline
    std::string countsHeading;          ///< over the party column
    std::string startedHeading, finishedHeading;
    std::vector<ProjectorCount> counts;
    std::vector<std::vector<bool>> qr; ///< the participants' address; drawn on the right when given
    std::vector<std::string> qrLines;  ///< under the code: the address and session code to type
    Drawing chart;                     ///< on the right when there is no QR code
    bool wideChart = false;            ///< the chart across the whole width under the headline (a heat map)
    std::string footer;
};

/// The text sizes of the screen, in pixels of a screen `height` high.
struct ProjectorSizes {
    double headline, line, body, small;
};
ProjectorSizes projectorSizes(double height);
/// How much a chart's own units are enlarged on a screen `height` high: its smallest labels
/// (6.5 units) then stand at least as large as the screen's smallest text.
double projectorChartScale(double height);

Drawing projectorDrawing(ProjectorScreen screen);

/// Records the smallest text drawn (in device pixels, after every scale) while it lives: for the
/// test that nothing on the projector is too small to read from the back of a room.
class SmallestText {
public:
    SmallestText();
    ~SmallestText();
    SmallestText(const SmallestText&) = delete;
    SmallestText& operator=(const SmallestText&) = delete;
    double pixels() const;
};

} // namespace reports
