using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>The work report filed from an alarm, or why not; <see cref="ExistingReportId"/> names the alarm's report when it has one already (null while another operator's is being written).</summary>
public sealed record WorkReportOutcome(Report? Report, WorkReportRefusal? Refusal, long? ExistingReportId = null);
