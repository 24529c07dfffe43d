-- The RPC methods a profile's devices take (JSON list of {method, description}); NULL = not declared, any method.
ALTER TABLE device_profiles ADD COLUMN commands_json TEXT;
