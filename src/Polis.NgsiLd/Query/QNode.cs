namespace Polis.NgsiLd.Query;

/// <summary>A node of a parsed NGSI-LD query (clause 4.9): a term or a logical combination of nodes.</summary>
public abstract record QNode;
