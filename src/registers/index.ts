import type { RegisterModule } from '../core/module.ts';
import { ececRegister } from './ecec/index.ts';
import { basicEducation } from './basic-education/index.ts';
import { library } from './library/index.ts';
import { elderlyCare } from './elderly-care/index.ts';
import { socialWork } from './social-work/index.ts';

/**
 * The registry list: the one place that names the registers. Core receives this list and
 * never imports a register itself.
 */
export const allRegisters: RegisterModule[] = [ececRegister, basicEducation, library, elderlyCare, socialWork];
