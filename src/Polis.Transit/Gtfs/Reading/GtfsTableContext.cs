using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Gtfs.Reading;

/// <summary>What every file of one feed shares while it is read: notices, the id pool, row numbers, progress.</summary>
internal sealed record GtfsTableContext(GtfsNoticeCollector Notices, StringPool Pool, GtfsRowNumbers RowNumbers, IProgress<GtfsImportProgress>? Progress);
