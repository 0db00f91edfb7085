package ipcbench.report.render;

import ipcbench.report.claims.ClaimResult;
import ipcbench.report.sections.LoadedRun;
import ipcbench.report.sections.Section;
import java.util.List;

/**
 * What the HTML page and the Markdown summary both show.
 *
 * @param runs      the runs, in the order given
 * @param claims    per claim, its result on each run (in the runs' order)
 * @param sections  environment first, then one per kind of result present
 * @param reference the transport ratios are taken against
 */
public record Report(List<LoadedRun> runs, List<List<ClaimResult>> claims, List<Section> sections, String reference) {

    public Report {
        runs = List.copyOf(runs);
        claims = claims.stream().map(List::copyOf).toList();
        sections = List.copyOf(sections);
    }

    public String title() {
        return "ipcbench report: " + String.join(", ", runs.stream().map(LoadedRun::label).toList());
    }
}
