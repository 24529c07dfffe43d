namespace Polis.Simulator.Runtime;

/// <summary>Where the devices connect: the platform's MQTT TCP listener.</summary>
public sealed record MqttEndpoint(string Host, int Port);
