using System.Globalization;

namespace Polis.Metering.Billing;

/// <summary>Gathers the spans that keep a bill from being computed, merging adjacent spans of the same kind.</summary>
internal sealed class ProblemCollector
{
    private const int SpansInMessage = 3;
    private readonly List<BillProblem> _problems = [];
    private BillProblem? _last;

    public int Count { get; private set; }

    public void Add(BillProblemKind kind, long startTicks, long endTicks)
    {
        var start = new DateTimeOffset(startTicks, TimeSpan.Zero);
        var end = new DateTimeOffset(endTicks, TimeSpan.Zero);
        if (_last is { } last && last.Kind == kind && last.End == start)
        {
            _last = last with { End = end };
            if (_problems.Count > 0 && ReferenceEquals(_problems[^1], last))
            {
                _problems[^1] = _last;
            }

            return;
        }

        _last = new BillProblem(kind, start, end);
        Count++;
        if (_problems.Count < BillRefusal.MaxProblems)
        {
            _problems.Add(_last);
        }
    }

    public BillRefusal ToRefusal(BillSubject subject, BillPeriod period)
    {
        var shown = string.Join("; ", _problems.Take(SpansInMessage).Select(Describe));
        var more = Count > SpansInMessage ? $"; {Count - SpansInMessage} more" : "";
        var message = $"Account {subject.AccountId}, meter {subject.MeterId} not billed for {period}: only validated data is billed, and {shown}{more}.";
        return new BillRefusal(BillRefusalReason.UnbillableData, message) { Problems = [.. _problems], ProblemCount = Count };
    }

    private static string Describe(BillProblem problem)
    {
        var span = string.Create(CultureInfo.InvariantCulture, $"{problem.Start:yyyy-MM-dd'T'HH:mm'Z'}–{problem.End:yyyy-MM-dd'T'HH:mm'Z'}");
        return problem.Kind switch
        {
            BillProblemKind.Missing => $"no interval covers {span}",
            BillProblemKind.Questionable => $"{span} is questionable",
            BillProblemKind.Overlapping => $"intervals overlap or are out of order at {span}",
            _ => $"the interval {span} is unusable (crosses the period's edge, has no length or no finite quantity)",
        };
    }
}
