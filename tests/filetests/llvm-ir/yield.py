# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyFloat_Type = external global i8
@PyLong_Type = external global i8
@rjit_small_ints = external global i8
@_Py_tracemalloc_config = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %resume_in_interpreter [
    i64 0, label %resume
    i64 4, label %resume17
    i64 11, label %resume37
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f61 = getelementptr i8, ptr %0, i64 16
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %p62, i64 100
  %eval_breaker = load volatile i32, ptr %f63, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker64, label %cont65, !prof !0

i3:                                               ; preds = %cont65
  %f70 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f70, align 8
  %isnull71 = icmp eq ptr %local, null
  br i1 %isnull71, label %unbound, label %bound, !prof !0

i4:                                               ; preds = %bound
  %v78 = load ptr, ptr %s0, align 8
  %f79 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f79, align 4
  %f80 = getelementptr i8, ptr %f2, i64 8
  %f81 = getelementptr i8, ptr %1, i64 56
  store ptr %f80, ptr %f81, align 8
  %f82 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f82, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v78

i5:                                               ; preds = %reload18
  %f83 = getelementptr i8, ptr %0, i64 16
  %p84 = load ptr, ptr %f83, align 8
  %f85 = getelementptr i8, ptr %p84, i64 100
  %eval_breaker86 = load volatile i32, ptr %f85, align 4
  %eb87 = icmp ne i32 %eval_breaker86, 0
  br i1 %eb87, label %eval_breaker88, label %cont89, !prof !0

i6:                                               ; preds = %cont89
  %v99 = load ptr, ptr %s0, align 8
  %isnull100 = icmp eq ptr %v99, null
  br i1 %isnull100, label %cont102, label %xdec101

i7:                                               ; preds = %cont102
  %f110 = getelementptr i8, ptr %1, i64 72
  %local111 = load ptr, ptr %f110, align 8
  %isnull114 = icmp eq ptr %local111, null
  br i1 %isnull114, label %unbound112, label %bound113, !prof !0

i8:                                               ; preds = %bound113
  store i8 2, ptr %k1, align 1
  store double 0.000000e+00, ptr %f1, align 8
  store i64 1, ptr %n1, align 4
  store ptr null, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v119 = load ptr, ptr %s1, align 8
  %ukind = load i8, ptr %k1, align 1
  %uf = load double, ptr %f1, align 8
  %ui = load i64, ptr %n1, align 4
  %v120 = load ptr, ptr %s0, align 8
  %f121 = getelementptr i8, ptr %f2, i64 18
  %f122 = getelementptr i8, ptr %1, i64 56
  store ptr %f121, ptr %f122, align 8
  %f123 = getelementptr i8, ptr %v120, i64 8
  %p124 = load ptr, ptr %f123, align 8
  %a = ptrtoint ptr %p124 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq, label %view_float, label %view_long

i11:                                              ; preds = %ok
  %v375 = load ptr, ptr %s0, align 8
  %f376 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f376, align 4
  %f377 = getelementptr i8, ptr %f2, i64 22
  %f378 = getelementptr i8, ptr %1, i64 56
  store ptr %f377, ptr %f378, align 8
  %f379 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f379, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v375

i12:                                              ; preds = %reload38
  %f380 = getelementptr i8, ptr %0, i64 16
  %p381 = load ptr, ptr %f380, align 8
  %f382 = getelementptr i8, ptr %p381, i64 100
  %eval_breaker383 = load volatile i32, ptr %f382, align 4
  %eb384 = icmp ne i32 %eval_breaker383, 0
  br i1 %eb384, label %eval_breaker385, label %cont386, !prof !0

i13:                                              ; preds = %cont386
  %v396 = load ptr, ptr %s0, align 8
  %isnull397 = icmp eq ptr %v396, null
  br i1 %isnull397, label %cont399, label %xdec398

i14:                                              ; preds = %cont399
  %f407 = getelementptr i8, ptr %2, i64 0
  %p408 = load ptr, ptr %f407, align 8
  %rc409 = load i64, ptr %p408, align 4
  %rc1410 = add i64 %rc409, 1
  store i64 %rc1410, ptr %p408, align 4
  store ptr %p408, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v411 = load ptr, ptr %s0, align 8
  %f412 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f412, align 4
  %f413 = getelementptr i8, ptr %f2, i64 30
  %f414 = getelementptr i8, ptr %1, i64 56
  store ptr %f413, ptr %f414, align 8
  %f415 = getelementptr i8, ptr %0, i64 56
  %p416 = load ptr, ptr %f415, align 8
  %f417 = getelementptr i8, ptr %1, i64 48
  %p418 = load ptr, ptr %f417, align 8
  %f419 = getelementptr i8, ptr %p416, i64 8
  store ptr %p418, ptr %f419, align 8
  %f420 = getelementptr i8, ptr %0, i64 32
  %rem421 = load i32, ptr %f420, align 4
  %rem1422 = add i32 %rem421, 1
  store i32 %rem1422, ptr %f420, align 4
  ret ptr %v411

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

reload:                                           ; preds = %link
  %f15 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i1

recursion_check:                                  ; preds = %resume
  %c8 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c8, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %resume
  %f9 = getelementptr i8, ptr %0, i64 56
  %p10 = load ptr, ptr %f9, align 8
  %f11 = getelementptr i8, ptr %p10, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %1, i64 48
  store ptr %p12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %p10, i64 8
  store ptr %1, ptr %f14, align 8
  br label %reload

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

resume17:                                         ; preds = %entry
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %recursion_check23, label %link24

reload18:                                         ; preds = %link24
  %f34 = getelementptr i8, ptr %1, i64 80
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f36, align 4
  br label %i5

recursion_check23:                                ; preds = %resume17
  %c25 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep26 = icmp ne i32 %c25, 0
  br i1 %too_deep26, label %recursion_error27, label %link24

link24:                                           ; preds = %recursion_check23, %resume17
  %f28 = getelementptr i8, ptr %0, i64 56
  %p29 = load ptr, ptr %f28, align 8
  %f30 = getelementptr i8, ptr %p29, i64 8
  %p31 = load ptr, ptr %f30, align 8
  %f32 = getelementptr i8, ptr %1, i64 48
  store ptr %p31, ptr %f32, align 8
  %f33 = getelementptr i8, ptr %p29, i64 8
  store ptr %1, ptr %f33, align 8
  br label %reload18

recursion_error27:                                ; preds = %recursion_check23
  ret ptr null

resume37:                                         ; preds = %entry
  %f39 = getelementptr i8, ptr %0, i64 32
  %rem40 = load i32, ptr %f39, align 4
  %rem141 = sub i32 %rem40, 1
  store i32 %rem141, ptr %f39, align 4
  %exhausted42 = icmp sle i32 %rem40, 0
  br i1 %exhausted42, label %recursion_check43, label %link44

reload38:                                         ; preds = %link44
  %f54 = getelementptr i8, ptr %1, i64 80
  %saved55 = load ptr, ptr %f54, align 8
  store ptr %saved55, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f56, align 4
  br label %i12

recursion_check43:                                ; preds = %resume37
  %c45 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep46 = icmp ne i32 %c45, 0
  br i1 %too_deep46, label %recursion_error47, label %link44

link44:                                           ; preds = %recursion_check43, %resume37
  %f48 = getelementptr i8, ptr %0, i64 56
  %p49 = load ptr, ptr %f48, align 8
  %f50 = getelementptr i8, ptr %p49, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %1, i64 48
  store ptr %p51, ptr %f52, align 8
  %f53 = getelementptr i8, ptr %p49, i64 8
  store ptr %1, ptr %f53, align 8
  br label %reload38

recursion_error47:                                ; preds = %recursion_check43
  ret ptr null

deopt:                                            ; preds = %i0
  %c57 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c57

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont58, !prof !0

cont:                                             ; preds = %cont58, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  %f59 = getelementptr i8, ptr %f2, i64 2
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %cont58

cont58:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker64:                                   ; preds = %i2
  %c66 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c66, label %deopt67 [
    i32 0, label %cont65
    i32 -1, label %error
  ]

cont65:                                           ; preds = %eval_breaker64, %i2
  br label %i3

deopt67:                                          ; preds = %eval_breaker64
  %c68 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c68

error:                                            ; preds = %eval_breaker64
  %c69 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c69

unbound:                                          ; preds = %i3
  %f72 = getelementptr i8, ptr %f2, i64 6
  %f73 = getelementptr i8, ptr %1, i64 56
  store ptr %f72, ptr %f73, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error74

bound:                                            ; preds = %i3
  %rc76 = load i64, ptr %local, align 4
  %rc177 = add i64 %rc76, 1
  store i64 %rc177, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error74:                                          ; preds = %unbound
  %c75 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c75

eval_breaker88:                                   ; preds = %i5
  %c90 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c90, label %deopt91 [
    i32 0, label %cont89
    i32 -1, label %error95
  ]

cont89:                                           ; preds = %eval_breaker88, %i5
  br label %i6

deopt91:                                          ; preds = %eval_breaker88
  %v92 = load ptr, ptr %s0, align 8
  %f93 = getelementptr i8, ptr %1, i64 80
  store ptr %v92, ptr %f93, align 8
  %c94 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c94

error95:                                          ; preds = %eval_breaker88
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c98

xdec101:                                          ; preds = %i6
  %rc103 = load i64, ptr %v99, align 4
  %rc1104 = sub i64 %rc103, 1
  store i64 %rc1104, ptr %v99, align 4
  %dead105 = icmp eq i64 %rc1104, 0
  br i1 %dead105, label %dealloc106, label %cont107, !prof !0

cont102:                                          ; preds = %cont107, %i6
  br label %i7

dealloc106:                                       ; preds = %xdec101
  %f108 = getelementptr i8, ptr %f2, i64 12
  %f109 = getelementptr i8, ptr %1, i64 56
  store ptr %f108, ptr %f109, align 8
  call void @_Py_Dealloc(ptr %v99)
  br label %cont107

cont107:                                          ; preds = %dealloc106, %xdec101
  br label %cont102

unbound112:                                       ; preds = %i7
  %f115 = getelementptr i8, ptr %f2, i64 14
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error117

bound113:                                         ; preds = %i7
  store ptr %local111, ptr %s0, align 8
  br label %i8

error117:                                         ; preds = %unbound112
  %c118 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c118

num_done:                                         ; preds = %operator_done, %fbox_done343, %fbox_done298, %ibox_done245, %fbox_done, %ibox_done
  %res = phi ptr [ %int_box, %ibox_done ], [ %fbox, %fbox_done ], [ %int_box283, %ibox_done245 ], [ %fbox304, %fbox_done298 ], [ %fbox356, %fbox_done343 ], [ %number, %operator_done ]
  %v363 = load ptr, ptr %s1, align 8
  %isnull364 = icmp eq ptr %v363, null
  br i1 %isnull364, label %cont366, label %xdec365

num_slow:                                         ; preds = %mixed317, %mixed_check, %int_test, %box_operands
  %f357 = getelementptr i8, ptr %v120, i64 8
  %p358 = load ptr, ptr %f357, align 8
  %f359 = getelementptr i8, ptr %p358, i64 168
  %i360 = load i64, ptr %f359, align 4
  %heap = and i64 %i360, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd342, %mixed_fast ]
  %rc344 = load i64, ptr %p190, align 4
  %only345 = icmp eq i64 %rc344, 1
  %f346 = getelementptr i8, ptr %p190, i64 8
  %p347 = load ptr, ptr %f346, align 8
  %a348 = ptrtoint ptr %p347 to i64
  %eq349 = icmp eq i64 %a348, ptrtoint (ptr @PyFloat_Type to i64)
  %only_float = and i1 %only345, %eq349
  br i1 %only_float, label %fbox_operand350, label %fbox_next351

box_operands:                                     ; preds = %view_is_int146, %view_long141, %view_int, %view_is_int, %view_long
  %f189 = getelementptr i8, ptr %2, i64 8
  %p190 = load ptr, ptr %f189, align 8
  %rc191 = load i64, ptr %p190, align 4
  %rc1192 = add i64 %rc191, 1
  store i64 %rc1192, ptr %p190, align 4
  store ptr %p190, ptr %s1, align 8
  br label %num_slow

view:                                             ; preds = %view_compact, %view_float
  %vkind = phi i8 [ 1, %view_float ], [ 2, %view_compact ]
  %vf = phi double [ %fval, %view_float ], [ 0.000000e+00, %view_compact ]
  %vi = phi i64 [ 0, %view_float ], [ %ival, %view_compact ]
  %is_float = icmp eq i8 %ukind, 1
  br i1 %is_float, label %view133, label %view_not_float, !prof !1

view_float:                                       ; preds = %i9
  %f125 = getelementptr i8, ptr %v120, i64 16
  %fval = load double, ptr %f125, align 8
  br label %view

view_long:                                        ; preds = %i9
  %a126 = ptrtoint ptr %p124 to i64
  %eq127 = icmp eq i64 %a126, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq127, label %view_is_int, label %box_operands, !prof !1

view_is_int:                                      ; preds = %view_long
  %f128 = getelementptr i8, ptr %v120, i64 16
  %size = load i64, ptr %f128, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f129 = getelementptr i8, ptr %v120, i64 24
  %digit0 = load i32, ptr %f129, align 4
  %digit0130 = zext i32 %digit0 to i64
  %f131 = getelementptr i8, ptr %v120, i64 28
  %digit1 = load i32, ptr %f131, align 4
  %digit1132 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1132, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0130, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  br i1 %compact, label %view_compact, label %box_operands, !prof !1

view_compact:                                     ; preds = %view_is_int
  br label %view

view133:                                          ; preds = %view_compact168, %view_float140, %view_compact135, %view
  %vkind169 = phi i8 [ 1, %view ], [ 2, %view_compact135 ], [ 1, %view_float140 ], [ 2, %view_compact168 ]
  %vf170 = phi double [ %uf, %view ], [ 0.000000e+00, %view_compact135 ], [ %fval143, %view_float140 ], [ 0.000000e+00, %view_compact168 ]
  %vi171 = phi i64 [ 0, %view ], [ %ui, %view_compact135 ], [ 0, %view_float140 ], [ %ival167, %view_compact168 ]
  %lint = icmp eq i8 %vkind, 2
  %rint = icmp eq i8 %vkind169, 2
  %both_int = and i1 %lint, %rint
  br i1 %both_int, label %unboxed_ints, label %unboxed_floats

view_not_float:                                   ; preds = %view
  %is_int = icmp eq i8 %ukind, 2
  br i1 %is_int, label %view_int, label %view_object

view_int:                                         ; preds = %view_not_float
  %bias = add i64 %ui, 1152921504606846976
  %compact134 = icmp ult i64 %bias, 2305843009213693952
  br i1 %compact134, label %view_compact135, label %box_operands, !prof !1

view_object:                                      ; preds = %view_not_float
  %f136 = getelementptr i8, ptr %v119, i64 8
  %p137 = load ptr, ptr %f136, align 8
  %a138 = ptrtoint ptr %p137 to i64
  %eq139 = icmp eq i64 %a138, ptrtoint (ptr @PyFloat_Type to i64)
  br i1 %eq139, label %view_float140, label %view_long141

view_compact135:                                  ; preds = %view_int
  br label %view133

view_float140:                                    ; preds = %view_object
  %f142 = getelementptr i8, ptr %v119, i64 16
  %fval143 = load double, ptr %f142, align 8
  br label %view133

view_long141:                                     ; preds = %view_object
  %a144 = ptrtoint ptr %p137 to i64
  %eq145 = icmp eq i64 %a144, ptrtoint (ptr @PyLong_Type to i64)
  br i1 %eq145, label %view_is_int146, label %box_operands, !prof !1

view_is_int146:                                   ; preds = %view_long141
  %f147 = getelementptr i8, ptr %v119, i64 16
  %size148 = load i64, ptr %f147, align 4
  %size2149 = add i64 %size148, 2
  %compact150 = icmp ule i64 %size2149, 4
  %f151 = getelementptr i8, ptr %v119, i64 24
  %digit0152 = load i32, ptr %f151, align 4
  %digit0153 = zext i32 %digit0152 to i64
  %f154 = getelementptr i8, ptr %v119, i64 28
  %digit1155 = load i32, ptr %f154, align 4
  %digit1156 = zext i32 %digit1155 to i64
  %negative157 = icmp slt i64 %size148, 0
  %neg_size158 = sub i64 0, %size148
  %ndigits159 = select i1 %negative157, i64 %neg_size158, i64 %size148
  %two160 = icmp eq i64 %ndigits159, 2
  %hi161 = shl i64 %digit1156, 30
  %hi2162 = select i1 %two160, i64 %hi161, i64 0
  %mag163 = add i64 %digit0153, %hi2162
  %zero164 = icmp eq i64 %size148, 0
  %mag0165 = select i1 %zero164, i64 0, i64 %mag163
  %neg_mag166 = sub i64 0, %mag0165
  %ival167 = select i1 %negative157, i64 %neg_mag166, i64 %mag0165
  br i1 %compact150, label %view_compact168, label %box_operands, !prof !1

view_compact168:                                  ; preds = %view_is_int146
  br label %view133

unboxed_ints:                                     ; preds = %view133
  %iadd = add nsw i64 %vi, %vi171
  %biased = sub i64 %iadd, -5
  %is_small = icmp ult i64 %biased, 262
  br i1 %is_small, label %ibox_small, label %ibox_not_small

unboxed_floats:                                   ; preds = %view133
  %itof = sitofp i64 %vi to double
  %view_f = select i1 %lint, double %itof, double %vf
  %itof186 = sitofp i64 %vi171 to double
  %view_f187 = select i1 %rint, double %itof186, double %vf170
  %fadd = fadd double %view_f, %view_f187
  %c188 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

ibox_done:                                        ; preds = %ibox_call, %ibox_init, %ibox_table
  %int_box = phi ptr [ %fd, %ibox_table ], [ %c175, %ibox_init ], [ %c185, %ibox_call ]
  br label %num_done

ibox_small:                                       ; preds = %unboxed_ints
  %p172 = load ptr, ptr @rjit_small_ints, align 8
  %have_table = icmp ne ptr %p172, null
  br i1 %have_table, label %ibox_table, label %ibox_call, !prof !1

ibox_not_small:                                   ; preds = %unboxed_ints
  %shifted = add i64 %iadd, 1152921504606846975
  %fits = icmp ult i64 %shifted, 2305843009213693951
  %i = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced = icmp eq i32 %i, 0
  %inline = and i1 %fits, %untraced
  br i1 %inline, label %ibox_alloc, label %ibox_call, !prof !1

ibox_alloc:                                       ; preds = %ibox_not_small
  %c175 = call ptr @PyObject_Malloc(i64 32)
  %allocated = icmp ne ptr %c175, null
  br i1 %allocated, label %ibox_init, label %ibox_call, !prof !1

ibox_call:                                        ; preds = %ibox_alloc, %ibox_not_small, %ibox_small
  %c185 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %ibox_done

ibox_table:                                       ; preds = %ibox_small
  %off = mul i64 %biased, 32
  %fd = getelementptr i8, ptr %p172, i64 %off
  %rc173 = load i64, ptr %fd, align 4
  %rc1174 = add i64 %rc173, 1
  store i64 %rc1174, ptr %fd, align 4
  br label %ibox_done

ibox_init:                                        ; preds = %ibox_alloc
  %neg = icmp slt i64 %iadd, 0
  %minus = sub i64 0, %iadd
  %mag176 = select i1 %neg, i64 %minus, i64 %iadd
  %two177 = icmp ugt i64 %mag176, 1073741823
  %ndigits178 = select i1 %two177, i64 2, i64 1
  %minus_n = sub i64 0, %ndigits178
  %size179 = select i1 %neg, i64 %minus_n, i64 %ndigits178
  %d0 = and i64 %mag176, 1073741823
  %d1 = lshr i64 %mag176, 30
  store i64 1, ptr %c175, align 4
  %f180 = getelementptr i8, ptr %c175, i64 8
  store ptr @PyLong_Type, ptr %f180, align 8
  %f181 = getelementptr i8, ptr %c175, i64 16
  store i64 %size179, ptr %f181, align 4
  %digit = trunc i64 %d0 to i32
  %f182 = getelementptr i8, ptr %c175, i64 24
  store i32 %digit, ptr %f182, align 4
  %digit183 = trunc i64 %d1 to i32
  %f184 = getelementptr i8, ptr %c175, i64 28
  store i32 %digit183, ptr %f184, align 4
  br label %ibox_done

fbox_done:                                        ; preds = %unboxed_floats
  %fbox = phi ptr [ %c188, %unboxed_floats ]
  br label %num_done

boxed_paths_unused:                               ; No predecessors!
  %f193 = getelementptr i8, ptr %v120, i64 8
  %p194 = load ptr, ptr %f193, align 8
  %f195 = getelementptr i8, ptr %p190, i64 8
  %p196 = load ptr, ptr %f195, align 8
  %a197 = ptrtoint ptr %p194 to i64
  %eq198 = icmp eq i64 %a197, ptrtoint (ptr @PyLong_Type to i64)
  %a199 = ptrtoint ptr %p196 to i64
  %eq200 = icmp eq i64 %a199, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq198, %eq200
  br i1 %both, label %int_test, label %float_check

int_test:                                         ; preds = %boxed_paths_unused
  %f201 = getelementptr i8, ptr %v120, i64 16
  %size202 = load i64, ptr %f201, align 4
  %size2203 = add i64 %size202, 2
  %compact204 = icmp ule i64 %size2203, 4
  %f205 = getelementptr i8, ptr %v120, i64 24
  %digit0206 = load i32, ptr %f205, align 4
  %digit0207 = zext i32 %digit0206 to i64
  %f208 = getelementptr i8, ptr %v120, i64 28
  %digit1209 = load i32, ptr %f208, align 4
  %digit1210 = zext i32 %digit1209 to i64
  %negative211 = icmp slt i64 %size202, 0
  %neg_size212 = sub i64 0, %size202
  %ndigits213 = select i1 %negative211, i64 %neg_size212, i64 %size202
  %two214 = icmp eq i64 %ndigits213, 2
  %hi215 = shl i64 %digit1210, 30
  %hi2216 = select i1 %two214, i64 %hi215, i64 0
  %mag217 = add i64 %digit0207, %hi2216
  %zero218 = icmp eq i64 %size202, 0
  %mag0219 = select i1 %zero218, i64 0, i64 %mag217
  %neg_mag220 = sub i64 0, %mag0219
  %ival221 = select i1 %negative211, i64 %neg_mag220, i64 %mag0219
  %f222 = getelementptr i8, ptr %p190, i64 16
  %size223 = load i64, ptr %f222, align 4
  %size2224 = add i64 %size223, 2
  %compact225 = icmp ule i64 %size2224, 4
  %f226 = getelementptr i8, ptr %p190, i64 24
  %digit0227 = load i32, ptr %f226, align 4
  %digit0228 = zext i32 %digit0227 to i64
  %f229 = getelementptr i8, ptr %p190, i64 28
  %digit1230 = load i32, ptr %f229, align 4
  %digit1231 = zext i32 %digit1230 to i64
  %negative232 = icmp slt i64 %size223, 0
  %neg_size233 = sub i64 0, %size223
  %ndigits234 = select i1 %negative232, i64 %neg_size233, i64 %size223
  %two235 = icmp eq i64 %ndigits234, 2
  %hi236 = shl i64 %digit1231, 30
  %hi2237 = select i1 %two235, i64 %hi236, i64 0
  %mag238 = add i64 %digit0228, %hi2237
  %zero239 = icmp eq i64 %size223, 0
  %mag0240 = select i1 %zero239, i64 0, i64 %mag238
  %neg_mag241 = sub i64 0, %mag0240
  %ival242 = select i1 %negative232, i64 %neg_mag241, i64 %mag0240
  %compact243 = and i1 %compact204, %compact225
  br i1 %compact243, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %boxed_paths_unused
  %f284 = getelementptr i8, ptr %v120, i64 8
  %p285 = load ptr, ptr %f284, align 8
  %f286 = getelementptr i8, ptr %p190, i64 8
  %p287 = load ptr, ptr %f286, align 8
  %a288 = ptrtoint ptr %p285 to i64
  %eq289 = icmp eq i64 %a288, ptrtoint (ptr @PyFloat_Type to i64)
  %a290 = ptrtoint ptr %p287 to i64
  %eq291 = icmp eq i64 %a290, ptrtoint (ptr @PyFloat_Type to i64)
  %both292 = and i1 %eq289, %eq291
  br i1 %both292, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd244 = add nsw i64 %ival221, %ival242
  %biased250 = sub i64 %iadd244, -5
  %is_small251 = icmp ult i64 %biased250, 262
  br i1 %is_small251, label %ibox_small246, label %ibox_not_small247

ibox_done245:                                     ; preds = %ibox_call249, %ibox_init266, %ibox_table254
  %int_box283 = phi ptr [ %fd256, %ibox_table254 ], [ %c264, %ibox_init266 ], [ %c282, %ibox_call249 ]
  br label %num_done

ibox_small246:                                    ; preds = %int_fast
  %p252 = load ptr, ptr @rjit_small_ints, align 8
  %have_table253 = icmp ne ptr %p252, null
  br i1 %have_table253, label %ibox_table254, label %ibox_call249, !prof !1

ibox_not_small247:                                ; preds = %int_fast
  %shifted259 = add i64 %iadd244, 1152921504606846975
  %fits260 = icmp ult i64 %shifted259, 2305843009213693951
  %i261 = load i32, ptr getelementptr (i8, ptr @_Py_tracemalloc_config, i64 4), align 4
  %untraced262 = icmp eq i32 %i261, 0
  %inline263 = and i1 %fits260, %untraced262
  br i1 %inline263, label %ibox_alloc248, label %ibox_call249, !prof !1

ibox_alloc248:                                    ; preds = %ibox_not_small247
  %c264 = call ptr @PyObject_Malloc(i64 32)
  %allocated265 = icmp ne ptr %c264, null
  br i1 %allocated265, label %ibox_init266, label %ibox_call249, !prof !1

ibox_call249:                                     ; preds = %ibox_alloc248, %ibox_not_small247, %ibox_small246
  %c282 = call ptr @PyLong_FromLongLong(i64 %iadd244)
  br label %ibox_done245

ibox_table254:                                    ; preds = %ibox_small246
  %off255 = mul i64 %biased250, 32
  %fd256 = getelementptr i8, ptr %p252, i64 %off255
  %rc257 = load i64, ptr %fd256, align 4
  %rc1258 = add i64 %rc257, 1
  store i64 %rc1258, ptr %fd256, align 4
  br label %ibox_done245

ibox_init266:                                     ; preds = %ibox_alloc248
  %neg267 = icmp slt i64 %iadd244, 0
  %minus268 = sub i64 0, %iadd244
  %mag269 = select i1 %neg267, i64 %minus268, i64 %iadd244
  %two270 = icmp ugt i64 %mag269, 1073741823
  %ndigits271 = select i1 %two270, i64 2, i64 1
  %minus_n272 = sub i64 0, %ndigits271
  %size273 = select i1 %neg267, i64 %minus_n272, i64 %ndigits271
  %d0274 = and i64 %mag269, 1073741823
  %d1275 = lshr i64 %mag269, 30
  store i64 1, ptr %c264, align 4
  %f276 = getelementptr i8, ptr %c264, i64 8
  store ptr @PyLong_Type, ptr %f276, align 8
  %f277 = getelementptr i8, ptr %c264, i64 16
  store i64 %size273, ptr %f277, align 4
  %digit278 = trunc i64 %d0274 to i32
  %f279 = getelementptr i8, ptr %c264, i64 24
  store i32 %digit278, ptr %f279, align 4
  %digit280 = trunc i64 %d1275 to i32
  %f281 = getelementptr i8, ptr %c264, i64 28
  store i32 %digit280, ptr %f281, align 4
  br label %ibox_done245

float_fast:                                       ; preds = %float_check
  %f293 = getelementptr i8, ptr %v120, i64 16
  %fval294 = load double, ptr %f293, align 8
  %f295 = getelementptr i8, ptr %p190, i64 16
  %fval296 = load double, ptr %f295, align 8
  %fadd297 = fadd double %fval294, %fval296
  %rc299 = load i64, ptr %p190, align 4
  %only = icmp eq i64 %rc299, 1
  br i1 %only, label %fbox_operand, label %fbox_next

mixed_check:                                      ; preds = %float_check
  %f305 = getelementptr i8, ptr %v120, i64 8
  %p306 = load ptr, ptr %f305, align 8
  %a307 = ptrtoint ptr %p306 to i64
  %eq308 = icmp eq i64 %a307, ptrtoint (ptr @PyFloat_Type to i64)
  %a309 = ptrtoint ptr %p306 to i64
  %eq310 = icmp eq i64 %a309, ptrtoint (ptr @PyLong_Type to i64)
  %f311 = getelementptr i8, ptr %p190, i64 8
  %p312 = load ptr, ptr %f311, align 8
  %a313 = ptrtoint ptr %p312 to i64
  %eq314 = icmp eq i64 %a313, ptrtoint (ptr @PyFloat_Type to i64)
  %a315 = ptrtoint ptr %p312 to i64
  %eq316 = icmp eq i64 %a315, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq308, %eq316
  %int_first = and i1 %eq310, %eq314
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed317, label %num_slow, !prof !1

fbox_done298:                                     ; preds = %fbox_next, %fbox_operand
  %fbox304 = phi ptr [ %p190, %fbox_operand ], [ %c303, %fbox_next ]
  br label %num_done

fbox_operand:                                     ; preds = %float_fast
  %f300 = getelementptr i8, ptr %p190, i64 16
  store double %fadd297, ptr %f300, align 8
  %rc301 = load i64, ptr %p190, align 4
  %rc1302 = add i64 %rc301, 1
  store i64 %rc1302, ptr %p190, align 4
  br label %fbox_done298

fbox_next:                                        ; preds = %float_fast
  %c303 = call ptr @PyFloat_FromDouble(double %fadd297)
  br label %fbox_done298

mixed317:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %p190, ptr %v120
  %float_operand = select i1 %float_first, ptr %v120, ptr %p190
  %f318 = getelementptr i8, ptr %int_operand, i64 16
  %size319 = load i64, ptr %f318, align 4
  %size2320 = add i64 %size319, 2
  %compact321 = icmp ule i64 %size2320, 4
  %f322 = getelementptr i8, ptr %int_operand, i64 24
  %digit0323 = load i32, ptr %f322, align 4
  %digit0324 = zext i32 %digit0323 to i64
  %f325 = getelementptr i8, ptr %int_operand, i64 28
  %digit1326 = load i32, ptr %f325, align 4
  %digit1327 = zext i32 %digit1326 to i64
  %negative328 = icmp slt i64 %size319, 0
  %neg_size329 = sub i64 0, %size319
  %ndigits330 = select i1 %negative328, i64 %neg_size329, i64 %size319
  %two331 = icmp eq i64 %ndigits330, 2
  %hi332 = shl i64 %digit1327, 30
  %hi2333 = select i1 %two331, i64 %hi332, i64 0
  %mag334 = add i64 %digit0324, %hi2333
  %zero335 = icmp eq i64 %size319, 0
  %mag0336 = select i1 %zero335, i64 0, i64 %mag334
  %neg_mag337 = sub i64 0, %mag0336
  %ival338 = select i1 %negative328, i64 %neg_mag337, i64 %mag0336
  br i1 %compact321, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed317
  %itof339 = sitofp i64 %ival338 to double
  %f340 = getelementptr i8, ptr %float_operand, i64 16
  %fval341 = load double, ptr %f340, align 8
  %x = select i1 %float_first, double %fval341, double %itof339
  %y = select i1 %float_first, double %itof339, double %fval341
  %fadd342 = fadd double %x, %y
  br label %float_result

fbox_done343:                                     ; preds = %fbox_next351, %fbox_operand350
  %fbox356 = phi ptr [ %p190, %fbox_operand350 ], [ %c355, %fbox_next351 ]
  br label %num_done

fbox_operand350:                                  ; preds = %float_result
  %f352 = getelementptr i8, ptr %p190, i64 16
  store double %fres, ptr %f352, align 8
  %rc353 = load i64, ptr %p190, align 4
  %rc1354 = add i64 %rc353, 1
  store i64 %rc1354, ptr %p190, align 4
  br label %fbox_done343

fbox_next351:                                     ; preds = %float_result
  %c355 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done343

operator_dunder:                                  ; preds = %num_slow
  %c361 = call ptr @rjit_binary_dunder(ptr %0, ptr %v120, ptr %p190, i32 0)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c362 = call ptr @PyNumber_Add(ptr %v120, ptr %p190)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c361, %operator_dunder ], [ %c362, %operator_c ]
  br label %num_done

xdec365:                                          ; preds = %num_done
  %rc367 = load i64, ptr %v363, align 4
  %rc1368 = sub i64 %rc367, 1
  store i64 %rc1368, ptr %v363, align 4
  %dead369 = icmp eq i64 %rc1368, 0
  br i1 %dead369, label %dealloc370, label %cont371, !prof !0

cont366:                                          ; preds = %cont371, %num_done
  %isnull374 = icmp eq ptr %res, null
  br i1 %isnull374, label %error372, label %ok, !prof !0

dealloc370:                                       ; preds = %xdec365
  call void @_Py_Dealloc(ptr %v363)
  br label %cont371

cont371:                                          ; preds = %dealloc370, %xdec365
  br label %cont366

error372:                                         ; preds = %cont366
  %c373 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c373

ok:                                               ; preds = %cont366
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker385:                                  ; preds = %i12
  %c387 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c387, label %deopt388 [
    i32 0, label %cont386
    i32 -1, label %error392
  ]

cont386:                                          ; preds = %eval_breaker385, %i12
  br label %i13

deopt388:                                         ; preds = %eval_breaker385
  %v389 = load ptr, ptr %s0, align 8
  %f390 = getelementptr i8, ptr %1, i64 80
  store ptr %v389, ptr %f390, align 8
  %c391 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c391

error392:                                         ; preds = %eval_breaker385
  %v393 = load ptr, ptr %s0, align 8
  %f394 = getelementptr i8, ptr %1, i64 80
  store ptr %v393, ptr %f394, align 8
  %c395 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c395

xdec398:                                          ; preds = %i13
  %rc400 = load i64, ptr %v396, align 4
  %rc1401 = sub i64 %rc400, 1
  store i64 %rc1401, ptr %v396, align 4
  %dead402 = icmp eq i64 %rc1401, 0
  br i1 %dead402, label %dealloc403, label %cont404, !prof !0

cont399:                                          ; preds = %cont404, %i13
  br label %i14

dealloc403:                                       ; preds = %xdec398
  %f405 = getelementptr i8, ptr %f2, i64 26
  %f406 = getelementptr i8, ptr %1, i64 56
  store ptr %f405, ptr %f406, align 8
  call void @_Py_Dealloc(ptr %v396)
  br label %cont404

cont404:                                          ; preds = %dealloc403, %xdec398
  br label %cont399
}

; Function Attrs: cold
declare ptr @rjit_resume_in_interpreter(ptr, ptr) #0

; Function Attrs: cold
declare i32 @rjit_recursion_check(ptr) #0

; Function Attrs: cold
declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32) #0

declare void @_Py_Dealloc(ptr)

; Function Attrs: cold
declare i32 @rjit_eval_breaker(ptr) #0

; Function Attrs: cold
declare void @rjit_unbound_local(ptr, ptr, i32) #0

declare void @rjit_leave(ptr, ptr)

declare ptr @PyObject_Malloc(i64)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

attributes #0 = { cold }

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
