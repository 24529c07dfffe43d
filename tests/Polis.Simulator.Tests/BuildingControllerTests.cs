using System.Text.Json;
using Polis.Simulator.Behaviour;

namespace Polis.Simulator.Tests;

public sealed class BuildingControllerTests
{
    private static readonly DateTimeOffset Morning = new(2026, 1, 12, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void HandleRpc_SetSetpoint_ObeyedAndReportedAndRoomHeatsTowardsIt()
    {
        var controller = new BuildingController(1, "school", 400);
        controller.Values(Morning);

        var answer = JsonDocument.Parse(controller.HandleRpc("setSetpoint", JsonDocument.Parse("""{"value":24}""").RootElement)).RootElement;

        Assert.Equal(24, answer.GetProperty("setpoint").GetDouble());
        Assert.Equal(24d, controller.Values(Morning.AddMinutes(5))["setpoint"]);
        var later = (double)controller.Values(Morning.AddHours(4))["temperature"];
        Assert.InRange(later, 22.5, 24.5);
    }

    [Fact]
    public void HandleRpc_BadValueOrUnknownMethod_AnswersErrorAndKeepsState()
    {
        var controller = new BuildingController(1, "clinic", 50);

        Assert.Contains("error", controller.HandleRpc("setSetpoint", JsonDocument.Parse("""{"value":90}""").RootElement), StringComparison.Ordinal);
        Assert.Contains("unknown method", controller.HandleRpc("selfDestruct", default), StringComparison.Ordinal);
        Assert.Equal(21, controller.Setpoint);
    }

    [Fact]
    public void ApplyAttributes_SharedLighting_OverridesScheduleUntilCleared()
    {
        var controller = new BuildingController(2, "school", 300);
        var night = Morning.AddHours(12);

        Assert.True(controller.ApplyAttributes(JsonDocument.Parse("""{"lighting_level":35}""").RootElement));
        Assert.Equal(35d, controller.Values(night)["lighting_level"]);
        Assert.True(controller.ApplyAttributes(JsonDocument.Parse("""{"lighting_level":null}""").RootElement));
        Assert.Equal(5, Convert.ToDouble(controller.Values(night)["lighting_level"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
