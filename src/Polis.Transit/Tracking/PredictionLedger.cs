using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// The predictions made for each (run, stop), kept until the actual arrival scores them. Memory is bounded: at most
/// one sample per stop per <see cref="SampleInterval"/>, only predictions that can land in a scored bucket (made at
/// most <see cref="MaxLead"/> before the predicted arrival), at most <see cref="MaxSamplesPerStop"/> per stop, and
/// a run's samples go when its vehicle leaves it. Not thread-safe: the tracker's worker owns it.
/// </summary>
public sealed class PredictionLedger(TimeSpan sampleInterval)
{
    /// <summary>Buckets end at 15 min; a vehicle may arrive up to 5 min earlier than predicted and still score in them.</summary>
    public static readonly TimeSpan MaxLead = TimeSpan.FromMinutes(20);

    public const int MaxSamplesPerStop = 64;

    private readonly Dictionary<string, Dictionary<int, List<(DateTimeOffset MadeAt, DateTimeOffset Predicted)>>> _runs = new(StringComparer.Ordinal);

    public TimeSpan SampleInterval { get; } = sampleInterval;

    public int RunCount => _runs.Count;

    public int SampleCount => _runs.Values.Sum(r => r.Values.Sum(s => s.Count));

    public void Record(string runKey, IEnumerable<StopTimePrediction> predictions, DateTimeOffset madeAt)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        Dictionary<int, List<(DateTimeOffset, DateTimeOffset)>>? stops = null;
        foreach (var prediction in predictions)
        {
            if (prediction.Arrival - madeAt > MaxLead)
            {
                break; // sorted by stop, times never decreasing: the rest are further out
            }

            if (prediction.Arrival < madeAt)
            {
                continue;
            }

            if (stops is null && !_runs.TryGetValue(runKey, out stops))
            {
                _runs[runKey] = stops = [];
            }

            if (!stops.TryGetValue(prediction.StopIndex, out var samples))
            {
                stops[prediction.StopIndex] = samples = [];
            }

            if ((samples.Count == 0 || madeAt - samples[^1].Item1 >= SampleInterval) && samples.Count < MaxSamplesPerStop)
            {
                samples.Add((madeAt, prediction.Arrival));
            }
        }
    }

    /// <summary>Scores the predictions kept for the stop against its actual arrival and forgets them (and those of earlier stops).</summary>
    public IReadOnlyList<PredictionScore> Score(string runKey, int stopIndex, DateTimeOffset actualArrival)
    {
        if (!_runs.TryGetValue(runKey, out var stops))
        {
            return [];
        }

        var scores = new List<PredictionScore>();
        if (stops.Remove(stopIndex, out var samples))
        {
            foreach (var (madeAt, predicted) in samples)
            {
                var bucket = EtaBands.BucketOf(actualArrival - madeAt);
                if (bucket >= 0)
                {
                    var error = (actualArrival - predicted).TotalSeconds;
                    scores.Add(new PredictionScore(bucket, error, EtaBands.Judge(bucket, error)));
                }
            }
        }

        foreach (var passed in stops.Keys.Where(k => k < stopIndex).ToList())
        {
            stops.Remove(passed);
        }

        if (stops.Count == 0)
        {
            _runs.Remove(runKey);
        }

        return scores;
    }

    public void Forget(string runKey) => _runs.Remove(runKey);
}
