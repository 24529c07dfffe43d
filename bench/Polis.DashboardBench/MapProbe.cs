namespace Polis.DashboardBench;

/// <summary>
/// How <see cref="LatencyProbe"/> finds its probe bus on one map page: the page element, whether the page draws the
/// probe yet, and a script resolving with <c>Date.now()</c> on the first animation frame that shows the probe at a
/// latitude. <see cref="StepDegrees"/>: how far each report moves it (the transit tracker refuses implausible jumps).
/// </summary>
internal sealed record MapProbe(string ProbeId, string Path, double StepDegrees, string KnownScript, string WaitScript)
{
    public static MapProbe City { get; } = new(
        "bench-map-probe",
        "/map",
        0.001,
        "id => document.querySelector('[data-testid=city-map]')?.polisCity?.markers?.some(m => m?.options.polisId === id)",
        """
        ([id, latitude]) => new Promise(resolve => {
          const city = document.querySelector('[data-testid=city-map]').polisCity;
          const marker = city.markers.find(m => m?.options.polisId === id);
          const check = () => Math.abs(marker.getLatLng().lat - latitude) < 1e-7 ? resolve(Date.now()) : requestAnimationFrame(check);
          requestAnimationFrame(check);
        })
        """);

    /// <summary>On the transit map a bus appears once the tracker has its first report; steps of about 22 m stay plausible.</summary>
    public static MapProbe Transit { get; } = new(
        "bench-transit-probe",
        "/transit",
        0.0002,
        "id => document.querySelector('[data-testid=transit-map]')?.polisTransit?.positionOf(id) != null",
        """
        ([id, latitude]) => new Promise(resolve => {
          const transit = document.querySelector('[data-testid=transit-map]').polisTransit;
          const check = () => { const p = transit.positionOf(id); if (p && Math.abs(p[1] - latitude) < 1e-7) resolve(Date.now()); else requestAnimationFrame(check); };
          requestAnimationFrame(check);
        })
        """);
}
