// date-chinese ships its types as an ambient module that its package.json "exports" does not expose.
/// <reference path="../../node_modules/date-chinese/types/index.d.ts" />
