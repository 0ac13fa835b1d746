import { describe, expect, it } from "vitest";
import { hostDeviceRisk, hostPathRisk } from "../../src/facts/host-paths.js";

describe("hostDeviceRisk", () => {
  it.each([
    ["/dev/xvda", true],
    ["/dev/xvdf1", true],
    ["/dev/sda", true],
    ["/dev/sdb2", true],
    ["/dev/nvme0", true],
    ["/dev/nvme1n1", true],
    ["/dev/nvme0n1p1", true],
    ["/dev/mem", true],
    ["/dev/kmem", true],
    ["/dev/kmsg", true],
    ["/dev/port", true],
    ["//dev/./mem/", true],
    ["/dev/net/tun", false],
    ["/dev/fuse", false],
    ["/dev/shm", false],
    ["/dev/snd", false],
    ["/dev/memory", false],
    ["/dev", false],
    ["dev/sda", false],
  ])("%s is a host disk or memory device: %s", (path, expected) => {
    expect(hostDeviceRisk(path) !== undefined).toBe(expected);
  });

  it("leaves every other /dev path to the sensitive /dev entry", () => {
    expect(hostPathRisk("/dev/net/tun")).toMatchObject({ kind: "within", sensitive: { path: "/dev" } });
  });
});
