namespace Polis.Metering.Meters;

/// <summary>
/// Told when a meter is created, changed or deleted (<paramref name="before"/> null on create, <paramref name="after"/>
/// null on delete), so ingest can file a device's readings under its new meter and back-fill its history. Return at
/// once and never throw.
/// </summary>
public interface IMeterChangeObserver
{
    void OnMeterChanged(Meter? before, Meter? after);
}
