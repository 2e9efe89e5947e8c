/** Language tests to CLB/NCLC levels. */
export * from './charts';
export * from './clb';
