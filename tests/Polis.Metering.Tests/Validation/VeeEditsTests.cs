using Polis.Metering.Readings;
using Polis.Metering.Validation;
using static Polis.Metering.Tests.Validation.Series;

namespace Polis.Metering.Tests.Validation;

public sealed class VeeEditsTests
{
    private static readonly DateTimeOffset Start = new(2026, 2, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>24 hours of 1.0 with a spike of 50 at 05:00 and a value of -1 at 07:00 (both Questionable).</summary>
    private static VeeResult Validated()
    {
        var values = Enumerable.Repeat(1.0, 24).ToArray();
        values[5] = 50;
        values[7] = -1;
        return Run(Input(Start, 24, Hourly(Start, values)));
    }

    [Fact]
    public void Apply_Set_EditsTheValueAndAuditsOldAndNew()
    {
        var validated = Validated();
        var clock = Clock();
        clock.Advance(TimeSpan.FromHours(3));

        var edited = VeeEdits.Apply(validated.Series, AnalystEdit.Set(Start.AddHours(5), Start.AddHours(6), 1.2, "customer's photo of the register", "ana"), Options, clock);

        var value = edited.Series.At(5)!.Value;
        Assert.Equal((1.2, ReadingQuality.Edited), (value.Value.Quantity, value.Value.Quality));
        Assert.Equal(VeeRules.Spike | VeeRules.AnalystEdit, value.Rules);
        Assert.EndsWith("analyst-edit by ana: customer's photo of the register", value.Reason, StringComparison.Ordinal);
        var entry = Assert.Single(edited.Audit);
        Assert.Equal(
            (Start.AddHours(5), (double?)50, (ReadingQuality?)ReadingQuality.Questionable, 1.2, ReadingQuality.Edited, "analyst-edit", "customer's photo of the register", "ana", Now.AddHours(3)),
            (entry.IntervalStart, entry.OldQuantity, entry.OldQuality, entry.NewQuantity, entry.NewQuality, entry.Rule, entry.Reason, entry.Actor, entry.At));
        Assert.Equal((50.0, ReadingQuality.Questionable), (validated.Series.At(5)!.Value.Value.Quantity, validated.Series.At(5)!.Value.Value.Quality));
    }

    [Fact]
    public void Apply_Accept_MakesOnlyTheQuestionableValuesOfTheRangeValid()
    {
        var validated = Validated();

        var accepted = VeeEdits.Apply(validated.Series, AnalystEdit.Accept(Start, Start.AddHours(6), "heat pump test run", "ana"), Options, Clock());

        var entry = Assert.Single(accepted.Audit);
        Assert.Equal((Start.AddHours(5), (double?)50, 50.0, ReadingQuality.Valid, "analyst-accept"), (entry.IntervalStart, entry.OldQuantity, entry.NewQuantity, entry.NewQuality, entry.Rule));
        Assert.Equal(ReadingQuality.Questionable, accepted.Series.At(7)!.Value.Value.Quality);
        Assert.Equal(1, accepted.Series.CountOf(ReadingQuality.Questionable));
    }

    [Fact]
    public void Apply_EstimateWithTotal_SpreadsTheAnalystsTotal()
    {
        var validated = Validated();

        var estimated = VeeEdits.Apply(validated.Series, AnalystEdit.Estimate(Start.AddHours(5), Start.AddHours(8), 3.3, "spike and negative from a loose cable", "ana"), Options, Clock());

        Assert.Equal([1.1, 1.1, 1.1], Enumerable.Range(5, 3).Select(i => Math.Round(estimated.Series.At(i)!.Value.Value.Quantity, 12)));
        Assert.Equal(3, estimated.Audit.Count);
        Assert.All(estimated.Audit, e => Assert.Equal(("estimate-linear", ReadingQuality.Estimated, "ana"), (e.Rule, e.NewQuality, e.Actor)));
        Assert.Equal([50.0, 1.0, -1.0], estimated.Audit.Select(e => e.OldQuantity!.Value));
        Assert.Equal(0, estimated.Series.CountOf(ReadingQuality.Questionable));
    }

    [Fact]
    public void Apply_EstimateWithoutTotal_InterpolatesBetweenTheNeighbours()
    {
        var validated = Validated();

        var estimated = VeeEdits.Apply(validated.Series, AnalystEdit.Estimate(Start.AddHours(5), Start.AddHours(6), null, "spike", "ana"), Options, Clock());

        Assert.Equal(1.0, estimated.Series.At(5)!.Value.Value.Quantity);
        Assert.Contains("interpolated between the neighbouring values 1 and 1", Assert.Single(estimated.Audit).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_InvalidEdits_AreRefused()
    {
        var series = Validated().Series;

        Assert.Throws<ArgumentException>(() => VeeEdits.Apply(series, AnalystEdit.Set(Start.AddMinutes(30), Start.AddHours(2), 1, "r", "ana"), Options, Clock()));
        Assert.Throws<ArgumentException>(() => VeeEdits.Apply(series, AnalystEdit.Set(Start, Start.AddHours(25), 1, "r", "ana"), Options, Clock()));
        Assert.Throws<ArgumentException>(() => VeeEdits.Apply(series, AnalystEdit.Set(Start, Start.AddHours(1), 1, " ", "ana"), Options, Clock()));
        Assert.Throws<ArgumentException>(() => VeeEdits.Apply(series, AnalystEdit.Set(Start, Start.AddHours(1), double.NaN, "r", "ana"), Options, Clock()));
        Assert.Throws<ArgumentException>(() => VeeEdits.Apply(series, AnalystEdit.Set(Start, Start.AddHours(1), 1, "r", ""), Options, Clock()));
    }

    [Fact]
    public void Restore_StoredValues_CanBeEditedLikeTheOriginal()
    {
        var validated = Validated();
        var context = Input(Start, 24, []);

        var restored = ValidatedSeries.Restore(context, validated.Series.Values, Options);
        var edited = VeeEdits.Apply(restored, AnalystEdit.Set(Start.AddHours(7), Start.AddHours(8), 0.9, "meter swap", "ana"), Options, Clock());

        Assert.Equal(validated.Series.Values, restored.Values);
        Assert.Equal((-1.0, ReadingQuality.Questionable), (Assert.Single(edited.Audit).OldQuantity!.Value, Assert.Single(edited.Audit).OldQuality!.Value));
        Assert.Equal(VeeRules.NegativeConsumption | VeeRules.AnalystEdit, edited.Series.RulesAt(7));
    }
}
