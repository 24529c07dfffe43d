namespace Polis.Transit.Tracking.Api;

/// <summary>
/// One horizon bucket of the ETA Accuracy Benchmark: its range and allowed error, and how the predictions fared
/// (accuracy = accurate / count; absolute errors: mean, and median and 90th percentile to 15 s).
/// </summary>
public sealed record AccuracyBucketResponse(
    string Bucket,
    int FromMinutes,
    int ToMinutes,
    int AllowedEarlySeconds,
    int AllowedLateSeconds,
    long Count,
    long Accurate,
    long Early,
    long Late,
    double? AccuracyPercent,
    double? MeanAbsoluteErrorSeconds,
    int? MedianAbsoluteErrorSeconds,
    int? P90AbsoluteErrorSeconds);
