using System.Globalization;
using Polis.Metering.Billing.Runs;
using Spectre.Console;

namespace Polis.Cli;

/// <summary>What <c>polis billing run</c> prints at the end: the counts, the totals per currency, the refusals by reason with the first sentences.</summary>
internal static class BillingRunSummaryTable
{
    private const int SamplesShown = 3;

    public static void Print(BillingRunSummary summary, string databasePath)
    {
        var counts = new Table().AddColumn("billing run " + summary.RunId.ToString(CultureInfo.InvariantCulture)).AddColumn(new TableColumn("").RightAligned());
        counts.AddRow("period", $"{summary.PeriodFrom:yyyy-MM-dd} – {summary.PeriodTo:yyyy-MM-dd}");
        counts.AddRow("accounts", N(summary.Accounts));
        counts.AddRow("service points × meter kinds", N(summary.ServicePoints));
        counts.AddRow("[green]billed[/]", N(summary.Billed));
        counts.AddRow("unchanged", N(summary.Unchanged));
        counts.AddRow("[yellow]adjusted[/]", N(summary.Adjusted));
        counts.AddRow(summary.Refused > 0 ? "[red]refused[/]" : "refused", N(summary.Refused));
        counts.AddRow("readings", N(summary.Readings));
        counts.AddRow("seconds", summary.Seconds.ToString("N1", CultureInfo.InvariantCulture));
        counts.AddRow("readings/s", summary.ReadingsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(counts);

        if (summary.Totals.Count > 0)
        {
            var totals = new Table().AddColumn("currency").AddColumn(new TableColumn("bills").RightAligned()).AddColumn(new TableColumn("billed").RightAligned())
                .AddColumn(new TableColumn("adjustments").RightAligned()).AddColumn(new TableColumn("adjusted").RightAligned());
            foreach (var total in summary.Totals)
            {
                totals.AddRow(total.Currency, N(total.Bills), Money(total.Billed), N(total.Adjustments), Money(total.Adjusted));
            }

            AnsiConsole.Write(totals);
        }

        if (summary.Refused > 0)
        {
            var refusals = new Table().AddColumn("reason").AddColumn(new TableColumn("count").RightAligned()).AddColumn("first refusals");
            foreach (var (reason, count) in summary.RefusalsByReason.OrderByDescending(r => r.Value))
            {
                var samples = summary.Refusals.Where(r => r.Reason == reason).Take(SamplesShown).Select(r => r.Message);
                refusals.AddRow(Markup.Escape(reason.ToString()), N(count), Markup.Escape(string.Join("\n", samples)));
            }

            AnsiConsole.Write(refusals);
        }

        AnsiConsole.MarkupLine(Markup.Escape($"Bills are in {databasePath}; refused service points are billed by a later run once their data is validated."));
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);
}
