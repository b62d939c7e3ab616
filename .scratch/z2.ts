import { z } from 'zod';
const n = z.number().int().min(1900).max(2100) as any;
console.log(n._zod.def.checks?.map((c: any) => c._zod.def), n._zod.bag, n.minValue, n.maxValue, n.isInt);
const s = z.string().min(1).max(120) as any;
console.log(s._zod.def.checks?.map((c: any) => c._zod.def), s._zod.bag, s.maxLength, s.minLength);
const t = z.string().transform(x=>x).pipe(z.string().max(5)) as any; console.log(t._zod.def.type, t._zod.def.in._zod.def.type, t._zod.def.out._zod.def.type, t._zod.def.in._zod.def.in?._zod.def.type);
