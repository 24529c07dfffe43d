using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Duplicates.Api;
using Polis.Citizens.Reports.Moderation.Api;
using Polis.Citizens.Reports.OneCity;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>
/// Everything the report desk shows of one report, each part as its endpoint answers it: the report and its history,
/// its moderation, duplicate candidates (or why there are none: an address-only report), the devices near it and the
/// "me too" count.
/// </summary>
public sealed record ReportDeskView(
    ReportDetailResponse Detail, ModerationResponse Moderation, IReadOnlyList<DuplicateCandidateResponse> Candidates, string? CandidatesProblem,
    ReportDevicesResponse? Devices, int MeToo);
