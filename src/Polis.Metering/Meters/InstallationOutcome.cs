namespace Polis.Metering.Meters;

/// <summary>What saving an installation or an exchange did.</summary>
public enum InstallationOutcome
{
    Saved,

    /// <summary>The installation (on update) does not exist.</summary>
    NotFound,

    /// <summary>The meter is installed elsewhere (or here, in another installation) over part of the period.</summary>
    MeterBusy,

    /// <summary>Another meter of the same kind is installed at the service point over part of the period.</summary>
    ServicePointBusy,

    /// <summary>An exchange's old meter is not installed at the exchange instant.</summary>
    NotInstalled,
}
