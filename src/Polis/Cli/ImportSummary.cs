using Polis.Transit.Feeds;
using Polis.Transit.Gtfs.Validation;
using Spectre.Console;

namespace Polis.Cli;

/// <summary>What <c>polis import gtfs</c> prints at the end: rows per file, then the notices by code with their first samples.</summary>
internal static class ImportSummary
{
    private const int SamplesShown = 3;

    public static void Print(TransitFeedImportResult result, string databasePath)
    {
        var report = result.Report;
        if (report.Summary.Files.Count > 0)
        {
            var files = new Table().AddColumn("file").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var file in report.Summary.Files)
            {
                files.AddRow(Markup.Escape(file.File), file.Rows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(files);
        }

        if (report.Notices.Count > 0)
        {
            var notices = new Table().AddColumn("severity").AddColumn("code").AddColumn(new TableColumn("count").RightAligned()).AddColumn("first notices");
            foreach (var group in report.Notices)
            {
                var samples = string.Join("\n", group.SampleNotices.Take(group.Severity == GtfsSeverity.Error ? SamplesShown : 1).Select(Describe));
                notices.AddRow(Severity(group.Severity), Markup.Escape(group.Code), group.TotalNotices.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(samples));
            }

            AnsiConsole.Write(notices);
        }

        AnsiConsole.MarkupLine(Markup.Escape($"{report.Summary.Errors:N0} errors, {report.Summary.Warnings:N0} warnings, {report.Summary.Infos:N0} infos."));
        var line = result.Outcome switch
        {
            TransitFeedImportOutcome.Imported => $"[green]Imported[/] as feed version {result.Version!.Id} (active) into {Markup.Escape(databasePath)}.",
            TransitFeedImportOutcome.AlreadyActive => $"[green]Already active[/]: feed version {result.Version!.Id} has the same bytes; nothing imported.",
            _ => "[red]Refused[/]: the feed has errors (above); nothing was imported.",
        };
        AnsiConsole.MarkupLine(line);
    }

    private static string Describe(GtfsNoticeSample sample)
    {
        var where = sample.File is null ? "" : sample.Row is { } row ? $"{sample.File}:{row} " : $"{sample.File} ";
        return where + sample.Message;
    }

    private static string Severity(GtfsSeverity severity) => severity switch
    {
        GtfsSeverity.Error => "[red]ERROR[/]",
        GtfsSeverity.Warning => "[yellow]WARNING[/]",
        _ => "INFO",
    };
}
