using Polis.Simulator.Runtime;

namespace Polis.Simulation;

/// <summary>Registers the simulated city that <c>polis</c> runs beside the platform (<c>Polis:Simulator</c>).</summary>
internal static class SimulatorHosting
{
    public static WebApplicationBuilder AddPolisSimulator(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<SimulatorHostedService>();
        return builder;
    }
}
