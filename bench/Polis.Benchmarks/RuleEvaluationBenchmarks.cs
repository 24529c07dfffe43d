using BenchmarkDotNet.Attributes;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;
using Polis.Platform.Rules;

namespace Polis.Benchmarks;

/// <summary>
/// What the twin would pay per message to evaluate 10 rules of the air-quality profile (thresholds with and
/// without duration, hysteresis, range, rate of change, inactivity, AND/OR), state carried from message to
/// message as the grain would. Peer in the same run: the ingest's profile check of the same points.
/// Messages carry one reading (pm25) or the profile's seven keys; timestamps advance 10 s per message and
/// values wander so that rules raise, update and clear along the way.
/// </summary>
[MemoryDiagnoser]
public class RuleEvaluationBenchmarks
{
    private static readonly string[] Keys = ["pm25", "pm10", "no2", "o3", "co", "temperature", "humidity"];

    private readonly DeviceProfile _profile = BuiltInProfiles.All.Single(p => p.Id == "air-quality");
    private Rule[] _rules = [];
    private RuleEvaluationState[] _states = [];
    private TelemetryPoint[][] _messages = [];
    private int _next;

    [Params(1, 7)]
    public int ReadingsPerMessage { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = [.. TenRules().Select(json => Valid(json))];
        _states = [.. _rules.Select(_ => RuleEvaluationState.Initial)];
        _messages = [.. Enumerable.Range(0, 1_000).Select(Message)];
    }

    [Benchmark(Baseline = true)]
    public Rejection? ValidateAgainstProfile()
    {
        var message = _messages[_next++ % _messages.Length];
        return TelemetryValidator.Validate(message, _profile, message[0].Timestamp, TimeSpan.FromMinutes(10));
    }

    [Benchmark]
    public int EvaluateTenRules()
    {
        var index = _next++ % _messages.Length;
        if (index == 0)
        {
            // A new lap replays the same timestamps: start from fresh state so readings stay in order
            // (late readings take a cheaper path and would flatter the figure).
            Array.Fill(_states, RuleEvaluationState.Initial);
        }

        var message = _messages[index];
        var now = message[0].Timestamp + 50;
        var transitions = 0;
        for (var i = 0; i < _rules.Length; i++)
        {
            var result = RuleEvaluator.Evaluate(_rules[i], _states[i], message, now);
            _states[i] = result.State;
            transitions += (int)result.Transition.Kind;
        }

        return transitions;
    }

    private Rule Valid(string json)
    {
        var result = RuleJson.Parse(json, _profile);
        return result.Rule ?? throw new InvalidOperationException(
            $"invalid benchmark rule {json}: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))}");
    }

    private TelemetryPoint[] Message(int index)
    {
        var ts = 1_800_000_000_000 + (index * 10_000L);
        var spike = index % 50 is >= 40 and < 45 ? 30 : 0;
        return [.. Keys.Take(ReadingsPerMessage).Select((key, k) => new TelemetryPoint(key, ts, TelemetryValue.FromNumber(20 + spike + (k * 3) + (index % 7))))];
    }

    private static string[] TenRules()
    {
        const string Head = """{"id":"r","name":"r","target":{"profileId":"air-quality"},"severity":"major","condition":""";
        string[] conditions =
        [
            """{"type":"threshold","key":"pm25","operator":">","value":35,"forSeconds":600},"clear":{"condition":{"type":"threshold","key":"pm25","operator":"<","value":30,"forSeconds":300}}""",
            """{"type":"threshold","key":"pm25","operator":">","value":45}""",
            """{"type":"threshold","key":"pm10","operator":">=","value":50,"forSeconds":300}""",
            """{"type":"range","key":"temperature","min":-10,"max":40,"mode":"outside","forSeconds":900}""",
            """{"type":"range","key":"humidity","min":0,"max":45,"mode":"inside"}""",
            """{"type":"rateOfChange","key":"pm25","maxChangePerMinute":60,"windowSeconds":300}""",
            """{"type":"rateOfChange","key":"no2","maxChangePercent":50,"windowSeconds":600}""",
            """{"type":"inactivity","seconds":1800}""",
            """{"type":"all","conditions":[{"type":"threshold","key":"pm25","operator":">","value":40},{"type":"any","conditions":[{"type":"threshold","key":"no2","operator":">","value":200},{"type":"threshold","key":"o3","operator":">","value":30}]}]}""",
            """{"type":"any","conditions":[{"type":"threshold","key":"co","operator":">","value":40,"forSeconds":60},{"type":"inactivity","seconds":900,"key":"co"}]}""",
        ];
        return [.. conditions.Select(condition => Head + condition + "}")];
    }
}
