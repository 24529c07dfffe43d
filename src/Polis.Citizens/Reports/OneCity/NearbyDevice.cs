using Polis.Platform.Devices.Api;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>A registered device near a report, with its twin as the device API shows it, and how far from the report it is.</summary>
public sealed record NearbyDevice(double DistanceMetres, DeviceResponse Device);
